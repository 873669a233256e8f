/// OpenAPI v3 schemas of the built-in kinds DevCluster serves, transcribed from Kubernetes 1.32's
/// API (the v1.32.0 OpenAPI definitions published in kubernetes/kubernetes `api/openapi-spec`, which
/// openapi-gen builds from `k8s.io/api` and `k8s.io/apiextensions-apiserver` v0.32.0): field names,
/// types, formats, `required` and the `x-kubernetes-*` extensions as published; descriptions cut to
/// their first sentence or two. `$ref: "#/definitions/<name>"` points into `definitions` and is
/// inlined when loaded; keys written beside a `$ref` (`description`, `x-kubernetes-patch-strategy`)
/// belong to that use and win over the definition's own, as the published document's
/// `allOf: [{$ref}]` wrappers do. `kinds` maps "<group/>version/Kind" ("v1/Pod",
/// "apps/v1/Deployment") to a schema. No definition references itself, directly or indirectly.
///
/// Where this differs from the published document, on purpose:
/// - `metav1.Time` and `metav1.MicroTime` are written inline as `type: string, format: date-time`.
/// - `IntOrString` and `resource.Quantity` are marked `x-kubernetes-int-or-string: true` (published
///   v3 uses `oneOf`); `IntOrString` keeps its `format: int-or-string`. A Quantity may also arrive
///   as a non-integer JSON number (`cpu: 0.5`), which validation must accept. Quantity also
///   carries `format: quantity`, which marks the values the server writes back in canonical form.
/// - CRD `openAPIV3Schema` (`JSONSchemaProps`, recursive) is `type: object` +
///   `x-kubernetes-preserve-unknown-fields: true`.
/// - `enum` is listed on a few string fields (imagePullPolicy, Deployment/StatefulSet/DaemonSet
///   strategy types, podManagementPolicy, Job completionMode, CronJob concurrencyPolicy, Service
///   type, Ingress pathType, CRD scope, HPA metric types): the Go `+enum` constants. The 1.32
///   document itself publishes no `enum`.
/// - `default` only where the document has a non-zero one (container and Service port `protocol:
///   TCP`); the zero-value defaults it adds to every non-pointer field (`default: ""`, `0`, `{}`)
///   are left out, since the API server's defaulting does not come from them.
enum BuiltinSchemas {
    static let yaml = #"""
    definitions:
      AWSElasticBlockStoreVolumeSource:
        description: Represents a Persistent Disk resource in AWS.
        type: object
        required:
        - volumeID
        properties:
          fsType:
            description: 'fsType is the filesystem type of the volume that you want to mount. Tip: Ensure that the filesystem type is supported by the host operating system.'
            type: string
          partition:
            description: partition is the partition in the volume that you want to mount. If omitted, the default is to mount by volume name.
            type: integer
            format: int32
          readOnly:
            description: readOnly value true will force the readOnly setting in VolumeMounts.
            type: boolean
          volumeID:
            description: volumeID is unique ID of the persistent disk resource in AWS (Amazon EBS volume).
            type: string
      Affinity:
        description: Affinity is a group of affinity scheduling rules.
        type: object
        properties:
          nodeAffinity:
            $ref: '#/definitions/NodeAffinity'
            description: Describes node affinity scheduling rules for the pod.
          podAffinity:
            $ref: '#/definitions/PodAffinity'
            description: Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
          podAntiAffinity:
            $ref: '#/definitions/PodAntiAffinity'
            description: Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
      AggregationRule:
        description: AggregationRule describes how to locate ClusterRoles to aggregate into the ClusterRole
        type: object
        properties:
          clusterRoleSelectors:
            description: ClusterRoleSelectors holds a list of selectors which will be used to find ClusterRoles and create the rules. If any of the selectors match, then the ClusterRole's permissions will be added
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/LabelSelector'
      AppArmorProfile:
        description: AppArmorProfile defines a pod or container's AppArmor settings.
        type: object
        required:
        - type
        x-kubernetes-unions:
        - discriminator: type
          fields-to-discriminateBy:
            localhostProfile: LocalhostProfile
        properties:
          localhostProfile:
            description: localhostProfile indicates a profile loaded on the node that should be used. The profile must be preconfigured on the node to work.
            type: string
          type:
            description: 'type indicates which kind of AppArmor profile will be applied. Valid options are: Localhost - a profile pre-loaded on the node.'
            type: string
      AzureDiskVolumeSource:
        description: AzureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.
        type: object
        required:
        - diskName
        - diskURI
        properties:
          cachingMode:
            description: 'cachingMode is the Host Caching mode: None, Read Only, Read Write.'
            type: string
          diskName:
            description: diskName is the Name of the data disk in the blob storage
            type: string
          diskURI:
            description: diskURI is the URI of data disk in the blob storage
            type: string
          fsType:
            description: fsType is Filesystem type to mount. Must be a filesystem type supported by the host operating system.
            type: string
          kind:
            description: 'kind expected values are Shared: multiple blob disks per storage account Dedicated: single blob disk per storage account Managed: azure managed data disk (only in managed availability set). defaults to shared'
            type: string
          readOnly:
            description: readOnly Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.
            type: boolean
      AzureFileVolumeSource:
        description: AzureFile represents an Azure File Service mount on the host and bind mount to the pod.
        type: object
        required:
        - secretName
        - shareName
        properties:
          readOnly:
            description: readOnly defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.
            type: boolean
          secretName:
            description: secretName is the name of secret that contains Azure Storage Account Name and Key
            type: string
          shareName:
            description: shareName is the azure share Name
            type: string
      CSIVolumeSource:
        description: Represents a source location of a volume to mount, managed by an external CSI driver
        type: object
        required:
        - driver
        properties:
          driver:
            description: driver is the name of the CSI driver that handles this volume. Consult with your admin for the correct name as registered in the cluster.
            type: string
          fsType:
            description: fsType to mount. Ex. "ext4", "xfs", "ntfs".
            type: string
          nodePublishSecretRef:
            $ref: '#/definitions/LocalObjectReference'
            description: nodePublishSecretRef is a reference to the secret object containing sensitive information to pass to the CSI driver to complete the CSI NodePublishVolume and NodeUnpublishVolume calls. This field is optional, and may be empty if no secret is required.
          readOnly:
            description: readOnly specifies a read-only configuration for the volume. Defaults to false (read/write).
            type: boolean
          volumeAttributes:
            description: volumeAttributes stores driver-specific properties that are passed to the CSI driver. Consult your driver's documentation for supported values.
            type: object
            additionalProperties:
              type: string
      Capabilities:
        description: Adds and removes POSIX capabilities from running containers.
        type: object
        properties:
          add:
            description: Added capabilities
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
          drop:
            description: Removed capabilities
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
      CephFSVolumeSource:
        description: Represents a Ceph Filesystem mount that lasts the lifetime of a pod Cephfs volumes do not support ownership management or SELinux relabeling.
        type: object
        required:
        - monitors
        properties:
          monitors:
            description: 'monitors is Required: Monitors is a collection of Ceph monitors'
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
          path:
            description: 'path is Optional: Used as the mounted root, rather than the full Ceph tree, default is /'
            type: string
          readOnly:
            description: 'readOnly is Optional: Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.'
            type: boolean
          secretFile:
            description: 'secretFile is Optional: SecretFile is the path to key ring for User, default is /etc/ceph/user.secret'
            type: string
          secretRef:
            $ref: '#/definitions/LocalObjectReference'
            description: 'secretRef is Optional: SecretRef is reference to the authentication secret for User, default is empty.'
          user:
            description: 'user is optional: User is the rados user name, default is admin'
            type: string
      CinderVolumeSource:
        description: Represents a cinder volume resource in Openstack. A Cinder volume must exist before mounting to a container.
        type: object
        required:
        - volumeID
        properties:
          fsType:
            description: fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system.
            type: string
          readOnly:
            description: readOnly defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.
            type: boolean
          secretRef:
            $ref: '#/definitions/LocalObjectReference'
            description: 'secretRef is optional: points to a secret object containing parameters used to connect to OpenStack.'
          volumeID:
            description: volumeID used to identify the volume in cinder.
            type: string
      ClientIPConfig:
        description: ClientIPConfig represents the configurations of Client IP based session affinity.
        type: object
        properties:
          timeoutSeconds:
            description: timeoutSeconds specifies the seconds of ClientIP type session sticky time. The value must be >0 && <=86400(for 1 day) if ServiceAffinity == "ClientIP".
            type: integer
            format: int32
      ClusterTrustBundleProjection:
        description: ClusterTrustBundleProjection describes how to select a set of ClusterTrustBundle objects and project their contents into the pod filesystem.
        type: object
        required:
        - path
        properties:
          labelSelector:
            $ref: '#/definitions/LabelSelector'
            description: Select all ClusterTrustBundles that match this label selector. Only has effect if signerName is set.
          name:
            description: Select a single ClusterTrustBundle by object name. Mutually-exclusive with signerName and labelSelector.
            type: string
          optional:
            description: If true, don't block pod startup if the referenced ClusterTrustBundle(s) aren't available. If using name, then the named ClusterTrustBundle is allowed not to exist.
            type: boolean
          path:
            description: Relative path from the volume root to write the bundle.
            type: string
          signerName:
            description: Select all ClusterTrustBundles that match this signer name. Mutually-exclusive with name.
            type: string
      Condition:
        description: Condition contains details for one aspect of the current state of this API Resource.
        type: object
        required:
        - type
        - status
        - lastTransitionTime
        - reason
        - message
        properties:
          lastTransitionTime:
            description: lastTransitionTime is the last time the condition transitioned from one status to another. This should be when the underlying condition changed.
            type: string
            format: date-time
          message:
            description: message is a human readable message indicating details about the transition. This may be an empty string.
            type: string
          observedGeneration:
            description: observedGeneration represents the .metadata.generation that the condition was set based upon.
            type: integer
            format: int64
          reason:
            description: reason contains a programmatic identifier indicating the reason for the condition's last transition. Producers of specific condition types may define expected values and meanings for this field, and whether the values are considered a guaranteed API.
            type: string
          status:
            description: status of the condition, one of True, False, Unknown.
            type: string
          type:
            description: type of condition in CamelCase or in foo.example.com/CamelCase.
            type: string
      ConfigMapEnvSource:
        description: ConfigMapEnvSource selects a ConfigMap to populate the environment variables with.
        type: object
        properties:
          name:
            description: Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty.
            type: string
          optional:
            description: Specify whether the ConfigMap must be defined
            type: boolean
      ConfigMapKeySelector:
        description: Selects a key from a ConfigMap.
        type: object
        required:
        - key
        x-kubernetes-map-type: atomic
        properties:
          key:
            description: The key to select.
            type: string
          name:
            description: Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty.
            type: string
          optional:
            description: Specify whether the ConfigMap or its key must be defined
            type: boolean
      ConfigMapProjection:
        description: Adapts a ConfigMap into a projected volume.
        type: object
        properties:
          items:
            description: items if unspecified, each key-value pair in the Data field of the referenced ConfigMap will be projected into the volume as a file whose name is the key and content is the value.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/KeyToPath'
          name:
            description: Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty.
            type: string
          optional:
            description: optional specify whether the ConfigMap or its keys must be defined
            type: boolean
      ConfigMapVolumeSource:
        description: Adapts a ConfigMap into a volume.
        type: object
        properties:
          defaultMode:
            description: 'defaultMode is optional: mode bits used to set permissions on created files by default. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.'
            type: integer
            format: int32
          items:
            description: items if unspecified, each key-value pair in the Data field of the referenced ConfigMap will be projected into the volume as a file whose name is the key and content is the value.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/KeyToPath'
          name:
            description: Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty.
            type: string
          optional:
            description: optional specify whether the ConfigMap or its keys must be defined
            type: boolean
      Container:
        description: A single application container that you want to run within a pod.
        type: object
        required:
        - name
        properties:
          args:
            description: Arguments to the entrypoint. The container image's CMD is used if this is not provided.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
          command:
            description: Entrypoint array. Not executed within a shell.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
          env:
            description: List of environment variables to set in the container. Cannot be updated.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - name
            x-kubernetes-patch-strategy: merge
            x-kubernetes-patch-merge-key: name
            items:
              $ref: '#/definitions/EnvVar'
          envFrom:
            description: List of sources to populate environment variables in the container. The keys defined within a source must be a C_IDENTIFIER.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/EnvFromSource'
          image:
            description: Container image name.
            type: string
          imagePullPolicy:
            description: Image pull policy. One of Always, Never, IfNotPresent.
            type: string
            enum:
            - Always
            - IfNotPresent
            - Never
          lifecycle:
            $ref: '#/definitions/Lifecycle'
            description: Actions that the management system should take in response to container lifecycle events. Cannot be updated.
          livenessProbe:
            $ref: '#/definitions/Probe'
            description: Periodic probe of container liveness. Container will be restarted if the probe fails.
          name:
            description: Name of the container specified as a DNS_LABEL. Each container in a pod must have a unique name (DNS_LABEL).
            type: string
          ports:
            description: List of ports to expose from the container. Not specifying a port here DOES NOT prevent that port from being exposed.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - containerPort
            - protocol
            x-kubernetes-patch-strategy: merge
            x-kubernetes-patch-merge-key: containerPort
            items:
              $ref: '#/definitions/ContainerPort'
          readinessProbe:
            $ref: '#/definitions/Probe'
            description: Periodic probe of container service readiness. Container will be removed from service endpoints if the probe fails.
          resizePolicy:
            description: Resources resize policy for the container.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/ContainerResizePolicy'
          resources:
            $ref: '#/definitions/ResourceRequirements'
            description: Compute Resources required by this container. Cannot be updated.
          restartPolicy:
            description: RestartPolicy defines the restart behavior of individual containers in a pod. This field may only be set for init containers, and the only allowed value is "Always".
            type: string
          securityContext:
            $ref: '#/definitions/SecurityContext'
            description: SecurityContext defines the security options the container should be run with. If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.
          startupProbe:
            $ref: '#/definitions/Probe'
            description: StartupProbe indicates that the Pod has successfully initialized. If specified, no other probes are executed until this completes successfully.
          stdin:
            description: Whether this container should allocate a buffer for stdin in the container runtime. If this is not set, reads from stdin in the container will always result in EOF.
            type: boolean
          stdinOnce:
            description: Whether the container runtime should close the stdin channel after it has been opened by a single attach. When stdin is true the stdin stream will remain open across multiple attach sessions.
            type: boolean
          terminationMessagePath:
            description: 'Optional: Path at which the file to which the container''s termination message will be written is mounted into the container''s filesystem. Message written is intended to be brief final status, such as an assertion failure message.'
            type: string
          terminationMessagePolicy:
            description: Indicate how the termination message should be populated. File will use the contents of terminationMessagePath to populate the container status message on both success and failure.
            type: string
          tty:
            description: Whether this container should allocate a TTY for itself, also requires 'stdin' to be true. Default is false.
            type: boolean
          volumeDevices:
            description: volumeDevices is the list of block devices to be used by the container.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - devicePath
            x-kubernetes-patch-strategy: merge
            x-kubernetes-patch-merge-key: devicePath
            items:
              $ref: '#/definitions/VolumeDevice'
          volumeMounts:
            description: Pod volumes to mount into the container's filesystem. Cannot be updated.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - mountPath
            x-kubernetes-patch-strategy: merge
            x-kubernetes-patch-merge-key: mountPath
            items:
              $ref: '#/definitions/VolumeMount'
          workingDir:
            description: Container's working directory. If not specified, the container runtime's default will be used, which might be configured in the container image.
            type: string
      ContainerPort:
        description: ContainerPort represents a network port in a single container.
        type: object
        required:
        - containerPort
        properties:
          containerPort:
            description: Number of port to expose on the pod's IP address. This must be a valid port number, 0 < x < 65536.
            type: integer
            format: int32
          hostIP:
            description: What host IP to bind the external port to.
            type: string
          hostPort:
            description: Number of port to expose on the host. If specified, this must be a valid port number, 0 < x < 65536.
            type: integer
            format: int32
          name:
            description: If specified, this must be an IANA_SVC_NAME and unique within the pod. Each named port in a pod must have a unique name.
            type: string
          protocol:
            description: Protocol for port. Must be UDP, TCP, or SCTP.
            type: string
            default: TCP
      ContainerResizePolicy:
        description: ContainerResizePolicy represents resource resize policy for the container.
        type: object
        required:
        - resourceName
        - restartPolicy
        properties:
          resourceName:
            description: 'Name of the resource to which this resource resize policy applies. Supported values: cpu, memory.'
            type: string
          restartPolicy:
            description: Restart policy to apply when specified resource is resized. If not specified, it defaults to NotRequired.
            type: string
      ContainerResourceMetricSource:
        description: ContainerResourceMetricSource indicates how to scale on a resource metric known to Kubernetes, as specified in requests and limits, describing each pod in the current scale target (e.g. CPU or memory).
        type: object
        required:
        - name
        - target
        - container
        properties:
          container:
            description: container is the name of the container in the pods of the scaling target
            type: string
          name:
            description: name is the name of the resource in question.
            type: string
          target:
            $ref: '#/definitions/MetricTarget'
            description: target specifies the target value for the given metric
      ContainerResourceMetricStatus:
        description: ContainerResourceMetricStatus indicates the current value of a resource metric known to Kubernetes, as specified in requests and limits, describing a single container in each pod in the current scale target (e.g. CPU or memory).
        type: object
        required:
        - name
        - current
        - container
        properties:
          container:
            description: container is the name of the container in the pods of the scaling target
            type: string
          current:
            $ref: '#/definitions/MetricValueStatus'
            description: current contains the current value for the given metric
          name:
            description: name is the name of the resource in question.
            type: string
      ContainerState:
        description: ContainerState holds a possible state of container. Only one of its members may be specified.
        type: object
        properties:
          running:
            $ref: '#/definitions/ContainerStateRunning'
            description: Details about a running container
          terminated:
            $ref: '#/definitions/ContainerStateTerminated'
            description: Details about a terminated container
          waiting:
            $ref: '#/definitions/ContainerStateWaiting'
            description: Details about a waiting container
      ContainerStateRunning:
        description: ContainerStateRunning is a running state of a container.
        type: object
        properties:
          startedAt:
            description: Time at which the container was last (re-)started
            type: string
            format: date-time
      ContainerStateTerminated:
        description: ContainerStateTerminated is a terminated state of a container.
        type: object
        required:
        - exitCode
        properties:
          containerID:
            description: Container's ID in the format '<type>://<container_id>'
            type: string
          exitCode:
            description: Exit status from the last termination of the container
            type: integer
            format: int32
          finishedAt:
            description: Time at which the container last terminated
            type: string
            format: date-time
          message:
            description: Message regarding the last termination of the container
            type: string
          reason:
            description: (brief) reason from the last termination of the container
            type: string
          signal:
            description: Signal from the last termination of the container
            type: integer
            format: int32
          startedAt:
            description: Time at which previous execution of the container started
            type: string
            format: date-time
      ContainerStateWaiting:
        description: ContainerStateWaiting is a waiting state of a container.
        type: object
        properties:
          message:
            description: Message regarding why the container is not yet running.
            type: string
          reason:
            description: (brief) reason the container is not yet running.
            type: string
      ContainerStatus:
        description: ContainerStatus contains details for the current status of this container.
        type: object
        required:
        - name
        - ready
        - restartCount
        - image
        - imageID
        properties:
          allocatedResources:
            description: AllocatedResources represents the compute resources allocated for this container by the node. Kubelet sets this value to Container.Resources.Requests upon successful pod admission and after successfully admitting desired pod resize.
            type: object
            additionalProperties:
              $ref: '#/definitions/Quantity'
          allocatedResourcesStatus:
            description: AllocatedResourcesStatus represents the status of various resources allocated for this Pod.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - name
            x-kubernetes-patch-strategy: merge
            x-kubernetes-patch-merge-key: name
            items:
              $ref: '#/definitions/ResourceStatus'
          containerID:
            description: ContainerID is the ID of the container in the format '<type>://<container_id>'. Where type is a container runtime identifier, returned from Version call of CRI API (for example "containerd").
            type: string
          image:
            description: Image is the name of container image that the container is running. The container image may not match the image used in the PodSpec, as it may have been resolved by the runtime.
            type: string
          imageID:
            description: ImageID is the image ID of the container's image. The image ID may not match the image ID of the image used in the PodSpec, as it may have been resolved by the runtime.
            type: string
          lastState:
            $ref: '#/definitions/ContainerState'
            description: LastTerminationState holds the last termination state of the container to help debug container crashes and restarts. This field is not populated if the container is still running and RestartCount is 0.
          name:
            description: Name is a DNS_LABEL representing the unique name of the container. Each container in a pod must have a unique name across all container types.
            type: string
          ready:
            description: Ready specifies whether the container is currently passing its readiness check. The value will change as readiness probes keep executing.
            type: boolean
          resources:
            $ref: '#/definitions/ResourceRequirements'
            description: Resources represents the compute resource requests and limits that have been successfully enacted on the running container after it has been started or has been successfully resized.
          restartCount:
            description: RestartCount holds the number of times the container has been restarted. Kubelet makes an effort to always increment the value, but there are cases when the state may be lost due to node restarts and then the value may be reset to 0.
            type: integer
            format: int32
          started:
            description: Started indicates whether the container has finished its postStart lifecycle hook and passed its startup probe. Initialized as false, becomes true after startupProbe is considered successful.
            type: boolean
          state:
            $ref: '#/definitions/ContainerState'
            description: State holds details about the container's current condition.
          user:
            $ref: '#/definitions/ContainerUser'
            description: User represents user identity information initially attached to the first process of the container
          volumeMounts:
            description: Status of volume mounts.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - mountPath
            x-kubernetes-patch-strategy: merge
            x-kubernetes-patch-merge-key: mountPath
            items:
              $ref: '#/definitions/VolumeMountStatus'
      ContainerUser:
        description: ContainerUser represents user identity information
        type: object
        properties:
          linux:
            $ref: '#/definitions/LinuxContainerUser'
            description: Linux holds user identity information initially attached to the first process of the containers in Linux. Note that the actual running identity can be changed if the process has enough privilege to do so.
      CronJobSpec:
        description: CronJobSpec describes how the job execution will look like and when it will actually run.
        type: object
        required:
        - schedule
        - jobTemplate
        properties:
          concurrencyPolicy:
            description: Specifies how to treat concurrent executions of a Job. Valid values are.
            type: string
            enum:
            - Allow
            - Forbid
            - Replace
          failedJobsHistoryLimit:
            description: The number of failed finished jobs to retain. Value must be non-negative integer.
            type: integer
            format: int32
          jobTemplate:
            $ref: '#/definitions/JobTemplateSpec'
            description: Specifies the job that will be created when executing a CronJob.
          schedule:
            description: The schedule in Cron format, see https://en.wikipedia.org/wiki/Cron.
            type: string
          startingDeadlineSeconds:
            description: Optional deadline in seconds for starting the job if it misses scheduled time for any reason. Missed jobs executions will be counted as failed ones.
            type: integer
            format: int64
          successfulJobsHistoryLimit:
            description: The number of successful finished jobs to retain. Value must be non-negative integer.
            type: integer
            format: int32
          suspend:
            description: This flag tells the controller to suspend subsequent executions, it does not apply to already started executions. Defaults to false.
            type: boolean
          timeZone:
            description: The time zone name for the given schedule, see https://en.wikipedia.org/wiki/List_of_tz_database_time_zones. If not specified, this will default to the time zone of the kube-controller-manager process.
            type: string
      CronJobStatus:
        description: CronJobStatus represents the current state of a cron job.
        type: object
        properties:
          active:
            description: A list of pointers to currently running jobs.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/ObjectReference'
          lastScheduleTime:
            description: Information when was the last time the job was successfully scheduled.
            type: string
            format: date-time
          lastSuccessfulTime:
            description: Information when was the last time the job successfully completed.
            type: string
            format: date-time
      CrossVersionObjectReference:
        description: CrossVersionObjectReference contains enough information to let you identify the referred resource.
        type: object
        required:
        - kind
        - name
        properties:
          apiVersion:
            description: apiVersion is the API version of the referent
            type: string
          kind:
            description: kind is the kind of the referent;
            type: string
          name:
            description: name is the name of the referent;
            type: string
      CustomResourceColumnDefinition:
        description: CustomResourceColumnDefinition specifies a column for server side printing.
        type: object
        required:
        - name
        - type
        - jsonPath
        properties:
          description:
            description: description is a human readable description of this column.
            type: string
          format:
            description: format is an optional OpenAPI type definition for this column. The 'name' format is applied to the primary identifier column to assist in clients identifying column is the resource name.
            type: string
          jsonPath:
            description: jsonPath is a simple JSON path (i.e. with array notation) which is evaluated against each custom resource to produce the value for this column.
            type: string
          name:
            description: name is a human readable name for the column.
            type: string
          priority:
            description: priority is an integer defining the relative importance of this column compared to others. Lower numbers are considered higher priority.
            type: integer
            format: int32
          type:
            description: type is an OpenAPI type definition for this column. See https://github.com/OAI/OpenAPI-Specification/blob/master/versions/2.0.md#data-types for details.
            type: string
      CustomResourceConversion:
        description: CustomResourceConversion describes how to convert different versions of a CR.
        type: object
        required:
        - strategy
        properties:
          strategy:
            description: strategy specifies how custom resources are converted between versions.
            type: string
          webhook:
            $ref: '#/definitions/WebhookConversion'
            description: webhook describes how to call the conversion webhook. Required when `strategy` is set to `"Webhook"`.
      CustomResourceDefinitionCondition:
        description: CustomResourceDefinitionCondition contains details for the current condition of this pod.
        type: object
        required:
        - type
        - status
        properties:
          lastTransitionTime:
            description: lastTransitionTime last time the condition transitioned from one status to another.
            type: string
            format: date-time
          message:
            description: message is a human-readable message indicating details about last transition.
            type: string
          reason:
            description: reason is a unique, one-word, CamelCase reason for the condition's last transition.
            type: string
          status:
            description: status is the status of the condition. Can be True, False, Unknown.
            type: string
          type:
            description: type is the type of the condition. Types include Established, NamesAccepted and Terminating.
            type: string
      CustomResourceDefinitionNames:
        description: CustomResourceDefinitionNames indicates the names to serve this CustomResourceDefinition
        type: object
        required:
        - plural
        - kind
        properties:
          categories:
            description: categories is a list of grouped resources this custom resource belongs to (e.g. 'all'). This is published in API discovery documents, and used by clients to support invocations like `kubectl get all`.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
          kind:
            description: kind is the serialized kind of the resource. It is normally CamelCase and singular.
            type: string
          listKind:
            description: listKind is the serialized kind of the list for this resource. Defaults to "`kind`List".
            type: string
          plural:
            description: plural is the plural name of the resource to serve. The custom resources are served under `/apis/<group>/<version>/.../<plural>`.
            type: string
          shortNames:
            description: shortNames are short names for the resource, exposed in API discovery documents, and used by clients to support invocations like `kubectl get <shortname>`. It must be all lowercase.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
          singular:
            description: singular is the singular name of the resource. It must be all lowercase.
            type: string
      CustomResourceDefinitionSpec:
        description: CustomResourceDefinitionSpec describes how a user wants their resource to appear
        type: object
        required:
        - group
        - names
        - scope
        - versions
        properties:
          conversion:
            $ref: '#/definitions/CustomResourceConversion'
            description: conversion defines conversion settings for the CRD.
          group:
            description: group is the API group of the defined custom resource. The custom resources are served under `/apis/<group>/...`.
            type: string
          names:
            $ref: '#/definitions/CustomResourceDefinitionNames'
            description: names specify the resource and kind names for the custom resource.
          preserveUnknownFields:
            description: preserveUnknownFields indicates that object fields which are not specified in the OpenAPI schema should be preserved when persisting to storage. apiVersion, kind, metadata and known fields inside metadata are always preserved.
            type: boolean
          scope:
            description: scope indicates whether the defined custom resource is cluster- or namespace-scoped. Allowed values are `Cluster` and `Namespaced`.
            type: string
            enum:
            - Cluster
            - Namespaced
          versions:
            description: versions is the list of all API versions of the defined custom resource. Version names are used to compute the order in which served versions are listed in API discovery.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/CustomResourceDefinitionVersion'
      CustomResourceDefinitionStatus:
        description: CustomResourceDefinitionStatus indicates the state of the CustomResourceDefinition
        type: object
        properties:
          acceptedNames:
            $ref: '#/definitions/CustomResourceDefinitionNames'
            description: acceptedNames are the names that are actually being used to serve discovery. They may be different than the names in spec.
          conditions:
            description: conditions indicate state for particular aspects of a CustomResourceDefinition
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - type
            items:
              $ref: '#/definitions/CustomResourceDefinitionCondition'
          storedVersions:
            description: storedVersions lists all versions of CustomResources that were ever persisted. Tracking these versions allows a migration path for stored versions in etcd.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
      CustomResourceDefinitionVersion:
        description: CustomResourceDefinitionVersion describes a version for CRD.
        type: object
        required:
        - name
        - served
        - storage
        properties:
          additionalPrinterColumns:
            description: additionalPrinterColumns specifies additional columns returned in Table output. See https://kubernetes.io/docs/reference/using-api/api-concepts/#receiving-resources-as-tables for details.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/CustomResourceColumnDefinition'
          deprecated:
            description: deprecated indicates this version of the custom resource API is deprecated. When set to true, API requests to this version receive a warning header in the server response.
            type: boolean
          deprecationWarning:
            description: deprecationWarning overrides the default warning returned to API clients. May only be set when `deprecated` is true.
            type: string
          name:
            description: name is the version name, e.g. “v1”, “v2beta1”, etc. The custom resources are served under this version at `/apis/<group>/<version>/...` if `served` is true.
            type: string
          schema:
            $ref: '#/definitions/CustomResourceValidation'
            description: schema describes the schema used for validation, pruning, and defaulting of this version of the custom resource.
          selectableFields:
            description: selectableFields specifies paths to fields that may be used as field selectors. A maximum of 8 selectable fields are allowed.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/SelectableField'
          served:
            description: served is a flag enabling/disabling this version from being served via REST APIs
            type: boolean
          storage:
            description: storage indicates this version should be used when persisting custom resources to storage. There must be exactly one version with storage=true.
            type: boolean
          subresources:
            $ref: '#/definitions/CustomResourceSubresources'
            description: subresources specify what subresources this version of the defined custom resource have.
      CustomResourceSubresourceScale:
        description: CustomResourceSubresourceScale defines how to serve the scale subresource for CustomResources.
        type: object
        required:
        - specReplicasPath
        - statusReplicasPath
        properties:
          labelSelectorPath:
            description: labelSelectorPath defines the JSON path inside of a custom resource that corresponds to Scale `status.selector`. Only JSON paths without the array notation are allowed.
            type: string
          specReplicasPath:
            description: specReplicasPath defines the JSON path inside of a custom resource that corresponds to Scale `spec.replicas`. Only JSON paths without the array notation are allowed.
            type: string
          statusReplicasPath:
            description: statusReplicasPath defines the JSON path inside of a custom resource that corresponds to Scale `status.replicas`. Only JSON paths without the array notation are allowed.
            type: string
      CustomResourceSubresourceStatus:
        description: CustomResourceSubresourceStatus defines how to serve the status subresource for CustomResources. Status is represented by the `.status` JSON path inside of a CustomResource.
        type: object
      CustomResourceSubresources:
        description: CustomResourceSubresources defines the status and scale subresources for CustomResources.
        type: object
        properties:
          scale:
            $ref: '#/definitions/CustomResourceSubresourceScale'
            description: scale indicates the custom resource should serve a `/scale` subresource that returns an `autoscaling/v1` Scale object.
          status:
            $ref: '#/definitions/CustomResourceSubresourceStatus'
            description: status indicates the custom resource should serve a `/status` subresource.
      CustomResourceValidation:
        description: CustomResourceValidation is a list of validation methods for CustomResources.
        type: object
        properties:
          openAPIV3Schema:
            description: openAPIV3Schema is the OpenAPI v3 schema to use for validation and pruning.
            type: object
            x-kubernetes-preserve-unknown-fields: true
      DaemonSetCondition:
        description: DaemonSetCondition describes the state of a DaemonSet at a certain point.
        type: object
        required:
        - type
        - status
        properties:
          lastTransitionTime:
            description: Last time the condition transitioned from one status to another.
            type: string
            format: date-time
          message:
            description: A human readable message indicating details about the transition.
            type: string
          reason:
            description: The reason for the condition's last transition.
            type: string
          status:
            description: Status of the condition, one of True, False, Unknown.
            type: string
          type:
            description: Type of DaemonSet condition.
            type: string
      DaemonSetSpec:
        description: DaemonSetSpec is the specification of a daemon set.
        type: object
        required:
        - selector
        - template
        properties:
          minReadySeconds:
            description: The minimum number of seconds for which a newly created DaemonSet pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready).
            type: integer
            format: int32
          revisionHistoryLimit:
            description: The number of old history to retain to allow rollback. This is a pointer to distinguish between explicit zero and not specified.
            type: integer
            format: int32
          selector:
            $ref: '#/definitions/LabelSelector'
            description: A label query over pods that are managed by the daemon set. Must match in order to be controlled.
          template:
            $ref: '#/definitions/PodTemplateSpec'
            description: An object that describes the pod that will be created. The DaemonSet will create exactly one copy of this pod on every node that matches the template's node selector (or on every node if no node selector is specified).
          updateStrategy:
            $ref: '#/definitions/DaemonSetUpdateStrategy'
            description: An update strategy to replace existing DaemonSet pods with new pods.
      DaemonSetStatus:
        description: DaemonSetStatus represents the current status of a daemon set.
        type: object
        required:
        - currentNumberScheduled
        - numberMisscheduled
        - desiredNumberScheduled
        - numberReady
        properties:
          collisionCount:
            description: Count of hash collisions for the DaemonSet. The DaemonSet controller uses this field as a collision avoidance mechanism when it needs to create the name for the newest ControllerRevision.
            type: integer
            format: int32
          conditions:
            description: Represents the latest available observations of a DaemonSet's current state.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - type
            x-kubernetes-patch-strategy: merge
            x-kubernetes-patch-merge-key: type
            items:
              $ref: '#/definitions/DaemonSetCondition'
          currentNumberScheduled:
            description: The number of nodes that are running at least 1 daemon pod and are supposed to run the daemon pod.
            type: integer
            format: int32
          desiredNumberScheduled:
            description: The total number of nodes that should be running the daemon pod (including nodes correctly running the daemon pod).
            type: integer
            format: int32
          numberAvailable:
            description: The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and available (ready for at least spec.minReadySeconds)
            type: integer
            format: int32
          numberMisscheduled:
            description: The number of nodes that are running the daemon pod, but are not supposed to run the daemon pod.
            type: integer
            format: int32
          numberReady:
            description: numberReady is the number of nodes that should be running the daemon pod and have one or more of the daemon pod running with a Ready Condition.
            type: integer
            format: int32
          numberUnavailable:
            description: The number of nodes that should be running the daemon pod and have none of the daemon pod running and available (ready for at least spec.minReadySeconds)
            type: integer
            format: int32
          observedGeneration:
            description: The most recent generation observed by the daemon set controller.
            type: integer
            format: int64
          updatedNumberScheduled:
            description: The total number of nodes that are running updated daemon pod
            type: integer
            format: int32
      DaemonSetUpdateStrategy:
        description: DaemonSetUpdateStrategy is a struct used to control the update strategy for a DaemonSet.
        type: object
        properties:
          rollingUpdate:
            $ref: '#/definitions/RollingUpdateDaemonSet'
            description: Rolling update config params. Present only if type = "RollingUpdate".
          type:
            description: Type of daemon set update. Can be "RollingUpdate" or "OnDelete".
            type: string
            enum:
            - OnDelete
            - RollingUpdate
      DeploymentCondition:
        description: DeploymentCondition describes the state of a deployment at a certain point.
        type: object
        required:
        - type
        - status
        properties:
          lastTransitionTime:
            description: Last time the condition transitioned from one status to another.
            type: string
            format: date-time
          lastUpdateTime:
            description: The last time this condition was updated.
            type: string
            format: date-time
          message:
            description: A human readable message indicating details about the transition.
            type: string
          reason:
            description: The reason for the condition's last transition.
            type: string
          status:
            description: Status of the condition, one of True, False, Unknown.
            type: string
          type:
            description: Type of deployment condition.
            type: string
      DeploymentSpec:
        description: DeploymentSpec is the specification of the desired behavior of the Deployment.
        type: object
        required:
        - selector
        - template
        properties:
          minReadySeconds:
            description: Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)
            type: integer
            format: int32
          paused:
            description: Indicates that the deployment is paused.
            type: boolean
          progressDeadlineSeconds:
            description: The maximum time in seconds for a deployment to make progress before it is considered to be failed.
            type: integer
            format: int32
          replicas:
            description: Number of desired pods. This is a pointer to distinguish between explicit zero and not specified.
            type: integer
            format: int32
          revisionHistoryLimit:
            description: The number of old ReplicaSets to retain to allow rollback. This is a pointer to distinguish between explicit zero and not specified.
            type: integer
            format: int32
          selector:
            $ref: '#/definitions/LabelSelector'
            description: Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment.
          strategy:
            $ref: '#/definitions/DeploymentStrategy'
            description: The deployment strategy to use to replace existing pods with new ones.
            x-kubernetes-patch-strategy: retainKeys
          template:
            $ref: '#/definitions/PodTemplateSpec'
            description: Template describes the pods that will be created. The only allowed template.spec.restartPolicy value is "Always".
      DeploymentStatus:
        description: DeploymentStatus is the most recently observed status of the Deployment.
        type: object
        properties:
          availableReplicas:
            description: Total number of available pods (ready for at least minReadySeconds) targeted by this deployment.
            type: integer
            format: int32
          collisionCount:
            description: Count of hash collisions for the Deployment. The Deployment controller uses this field as a collision avoidance mechanism when it needs to create the name for the newest ReplicaSet.
            type: integer
            format: int32
          conditions:
            description: Represents the latest available observations of a deployment's current state.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - type
            x-kubernetes-patch-strategy: merge
            x-kubernetes-patch-merge-key: type
            items:
              $ref: '#/definitions/DeploymentCondition'
          observedGeneration:
            description: The generation observed by the deployment controller.
            type: integer
            format: int64
          readyReplicas:
            description: readyReplicas is the number of pods targeted by this Deployment with a Ready Condition.
            type: integer
            format: int32
          replicas:
            description: Total number of non-terminated pods targeted by this deployment (their labels match the selector).
            type: integer
            format: int32
          unavailableReplicas:
            description: Total number of unavailable pods targeted by this deployment. This is the total number of pods that are still required for the deployment to have 100% available capacity.
            type: integer
            format: int32
          updatedReplicas:
            description: Total number of non-terminated pods targeted by this deployment that have the desired template spec.
            type: integer
            format: int32
      DeploymentStrategy:
        description: DeploymentStrategy describes how to replace existing pods with new ones.
        type: object
        properties:
          rollingUpdate:
            $ref: '#/definitions/RollingUpdateDeployment'
            description: Rolling update config params. Present only if DeploymentStrategyType = RollingUpdate.
          type:
            description: Type of deployment. Can be "Recreate" or "RollingUpdate".
            type: string
            enum:
            - Recreate
            - RollingUpdate
      DownwardAPIProjection:
        description: Represents downward API info for projecting into a projected volume. Note that this is identical to a downwardAPI volume source without the default mode.
        type: object
        properties:
          items:
            description: Items is a list of DownwardAPIVolume file
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/DownwardAPIVolumeFile'
      DownwardAPIVolumeFile:
        description: DownwardAPIVolumeFile represents information to create the file containing the pod field
        type: object
        required:
        - path
        properties:
          fieldRef:
            $ref: '#/definitions/ObjectFieldSelector'
            description: 'Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.'
          mode:
            description: 'Optional: mode bits used to set permissions on this file, must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.'
            type: integer
            format: int32
          path:
            description: 'Required: Path is the relative path name of the file to be created. Must not be absolute or contain the ''..'' path.'
            type: string
          resourceFieldRef:
            $ref: '#/definitions/ResourceFieldSelector'
            description: 'Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.'
      DownwardAPIVolumeSource:
        description: DownwardAPIVolumeSource represents a volume containing downward API info. Downward API volumes support ownership management and SELinux relabeling.
        type: object
        properties:
          defaultMode:
            description: 'Optional: mode bits to use on created files by default. Must be a Optional: mode bits used to set permissions on created files by default.'
            type: integer
            format: int32
          items:
            description: Items is a list of downward API volume file
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/DownwardAPIVolumeFile'
      EmptyDirVolumeSource:
        description: Represents an empty directory for a pod. Empty directory volumes support ownership management and SELinux relabeling.
        type: object
        properties:
          medium:
            description: medium represents what type of storage medium should back this directory. The default is "" which means to use the node's default medium.
            type: string
          sizeLimit:
            $ref: '#/definitions/Quantity'
            description: sizeLimit is the total amount of local storage required for this EmptyDir volume. The size limit is also applicable for memory medium.
      EndpointAddress:
        description: EndpointAddress is a tuple that describes single IP address.
        type: object
        required:
        - ip
        x-kubernetes-map-type: atomic
        properties:
          hostname:
            description: The Hostname of this endpoint
            type: string
          ip:
            description: The IP of this endpoint. May not be loopback (127.0.0.0/8 or ::1), link-local (169.254.0.0/16 or fe80::/10), or link-local multicast (224.0.0.0/24 or ff02::/16).
            type: string
          nodeName:
            description: 'Optional: Node hosting this endpoint. This can be used to determine endpoints local to a node.'
            type: string
          targetRef:
            $ref: '#/definitions/ObjectReference'
            description: Reference to object providing the endpoint.
      EndpointPort:
        description: EndpointPort is a tuple that describes a single port.
        type: object
        required:
        - port
        x-kubernetes-map-type: atomic
        properties:
          appProtocol:
            description: The application protocol for this port. This is used as a hint for implementations to offer richer behavior for protocols that they understand.
            type: string
          name:
            description: The name of this port. This must match the 'name' field in the corresponding ServicePort.
            type: string
          port:
            description: The port number of the endpoint.
            type: integer
            format: int32
          protocol:
            description: The IP protocol for this port. Must be UDP, TCP, or SCTP.
            type: string
      EndpointSubset:
        description: EndpointSubset is a group of addresses with a common set of ports. The expanded set of endpoints is the Cartesian product of Addresses x Ports.
        type: object
        properties:
          addresses:
            description: IP addresses which offer the related ports that are marked as ready. These endpoints should be considered safe for load balancers and clients to utilize.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/EndpointAddress'
          notReadyAddresses:
            description: IP addresses which offer the related ports but are not currently marked as ready because they have not yet finished starting, have recently failed a readiness check, or have recently failed a liveness check.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/EndpointAddress'
          ports:
            description: Port numbers available on the related IP addresses.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/EndpointPort'
      EnvFromSource:
        description: EnvFromSource represents the source of a set of ConfigMaps
        type: object
        properties:
          configMapRef:
            $ref: '#/definitions/ConfigMapEnvSource'
            description: The ConfigMap to select from
          prefix:
            description: An optional identifier to prepend to each key in the ConfigMap. Must be a C_IDENTIFIER.
            type: string
          secretRef:
            $ref: '#/definitions/SecretEnvSource'
            description: The Secret to select from
      EnvVar:
        description: EnvVar represents an environment variable present in a Container.
        type: object
        required:
        - name
        properties:
          name:
            description: Name of the environment variable. Must be a C_IDENTIFIER.
            type: string
          value:
            description: Variable references $(VAR_NAME) are expanded using the previously defined environment variables in the container and any service environment variables. If a variable cannot be resolved, the reference in the input string will be unchanged.
            type: string
          valueFrom:
            $ref: '#/definitions/EnvVarSource'
            description: Source for the environment variable's value. Cannot be used if value is not empty.
      EnvVarSource:
        description: EnvVarSource represents a source for the value of an EnvVar.
        type: object
        properties:
          configMapKeyRef:
            $ref: '#/definitions/ConfigMapKeySelector'
            description: Selects a key of a ConfigMap.
          fieldRef:
            $ref: '#/definitions/ObjectFieldSelector'
            description: 'Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels[''<KEY>'']`, `metadata.annotations[''<KEY>'']`, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.'
          resourceFieldRef:
            $ref: '#/definitions/ResourceFieldSelector'
            description: 'Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.'
          secretKeyRef:
            $ref: '#/definitions/SecretKeySelector'
            description: Selects a key of a secret in the pod's namespace
      EphemeralContainer:
        description: An EphemeralContainer is a temporary container that you may add to an existing Pod for user-initiated activities such as debugging.
        type: object
        required:
        - name
        properties:
          args:
            description: Arguments to the entrypoint. The image's CMD is used if this is not provided.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
          command:
            description: Entrypoint array. Not executed within a shell.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
          env:
            description: List of environment variables to set in the container. Cannot be updated.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - name
            x-kubernetes-patch-strategy: merge
            x-kubernetes-patch-merge-key: name
            items:
              $ref: '#/definitions/EnvVar'
          envFrom:
            description: List of sources to populate environment variables in the container. The keys defined within a source must be a C_IDENTIFIER.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/EnvFromSource'
          image:
            description: Container image name.
            type: string
          imagePullPolicy:
            description: Image pull policy. One of Always, Never, IfNotPresent.
            type: string
            enum:
            - Always
            - IfNotPresent
            - Never
          lifecycle:
            $ref: '#/definitions/Lifecycle'
            description: Lifecycle is not allowed for ephemeral containers.
          livenessProbe:
            $ref: '#/definitions/Probe'
            description: Probes are not allowed for ephemeral containers.
          name:
            description: Name of the ephemeral container specified as a DNS_LABEL. This name must be unique among all containers, init containers and ephemeral containers.
            type: string
          ports:
            description: Ports are not allowed for ephemeral containers.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - containerPort
            - protocol
            x-kubernetes-patch-strategy: merge
            x-kubernetes-patch-merge-key: containerPort
            items:
              $ref: '#/definitions/ContainerPort'
          readinessProbe:
            $ref: '#/definitions/Probe'
            description: Probes are not allowed for ephemeral containers.
          resizePolicy:
            description: Resources resize policy for the container.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/ContainerResizePolicy'
          resources:
            $ref: '#/definitions/ResourceRequirements'
            description: Resources are not allowed for ephemeral containers. Ephemeral containers use spare resources already allocated to the pod.
          restartPolicy:
            description: Restart policy for the container to manage the restart behavior of each container within a pod. This may only be set for init containers.
            type: string
          securityContext:
            $ref: '#/definitions/SecurityContext'
            description: 'Optional: SecurityContext defines the security options the ephemeral container should be run with. If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext.'
          startupProbe:
            $ref: '#/definitions/Probe'
            description: Probes are not allowed for ephemeral containers.
          stdin:
            description: Whether this container should allocate a buffer for stdin in the container runtime. If this is not set, reads from stdin in the container will always result in EOF.
            type: boolean
          stdinOnce:
            description: Whether the container runtime should close the stdin channel after it has been opened by a single attach. When stdin is true the stdin stream will remain open across multiple attach sessions.
            type: boolean
          targetContainerName:
            description: If set, the name of the container from PodSpec that this ephemeral container targets. The ephemeral container will be run in the namespaces (IPC, PID, etc) of this container.
            type: string
          terminationMessagePath:
            description: 'Optional: Path at which the file to which the container''s termination message will be written is mounted into the container''s filesystem. Message written is intended to be brief final status, such as an assertion failure message.'
            type: string
          terminationMessagePolicy:
            description: Indicate how the termination message should be populated. File will use the contents of terminationMessagePath to populate the container status message on both success and failure.
            type: string
          tty:
            description: Whether this container should allocate a TTY for itself, also requires 'stdin' to be true. Default is false.
            type: boolean
          volumeDevices:
            description: volumeDevices is the list of block devices to be used by the container.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - devicePath
            x-kubernetes-patch-strategy: merge
            x-kubernetes-patch-merge-key: devicePath
            items:
              $ref: '#/definitions/VolumeDevice'
          volumeMounts:
            description: Pod volumes to mount into the container's filesystem. Subpath mounts are not allowed for ephemeral containers.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - mountPath
            x-kubernetes-patch-strategy: merge
            x-kubernetes-patch-merge-key: mountPath
            items:
              $ref: '#/definitions/VolumeMount'
          workingDir:
            description: Container's working directory. If not specified, the container runtime's default will be used, which might be configured in the container image.
            type: string
      EphemeralVolumeSource:
        description: Represents an ephemeral volume that is handled by a normal storage driver.
        type: object
        properties:
          volumeClaimTemplate:
            $ref: '#/definitions/PersistentVolumeClaimTemplate'
            description: Will be used to create a stand-alone PVC to provision the volume. The pod in which this EphemeralVolumeSource is embedded will be the owner of the PVC, i.e. the PVC will be deleted together with the pod.
      EventSeries:
        description: EventSeries contain information on series of events, i.e. thing that was/is happening continuously for some time.
        type: object
        properties:
          count:
            description: Number of occurrences in this series up to the last heartbeat time
            type: integer
            format: int32
          lastObservedTime:
            description: Time of the last occurrence observed
            type: string
            format: date-time
      EventSource:
        description: EventSource contains information for an event.
        type: object
        properties:
          component:
            description: Component from which the event is generated.
            type: string
          host:
            description: Node name on which the event is generated.
            type: string
      EventsV1EventSeries:
        description: EventSeries contain information on series of events, i.e. thing that was/is happening continuously for some time. How often to update the EventSeries is up to the event reporters.
        type: object
        required:
        - count
        - lastObservedTime
        properties:
          count:
            description: count is the number of occurrences in this series up to the last heartbeat time.
            type: integer
            format: int32
          lastObservedTime:
            description: lastObservedTime is the time when last Event from the series was seen before last heartbeat.
            type: string
            format: date-time
      ExecAction:
        description: ExecAction describes a "run in container" action.
        type: object
        properties:
          command:
            description: Command is the command line to execute inside the container, the working directory for the command is root ('/') in the container's filesystem. The command is simply exec'd, it is not run inside a shell, so traditional shell instructions ('|', etc) won't work.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
      ExternalMetricSource:
        description: ExternalMetricSource indicates how to scale on a metric not associated with any Kubernetes object (for example length of queue in cloud messaging service, or QPS from loadbalancer running outside of cluster).
        type: object
        required:
        - metric
        - target
        properties:
          metric:
            $ref: '#/definitions/MetricIdentifier'
            description: metric identifies the target metric by name and selector
          target:
            $ref: '#/definitions/MetricTarget'
            description: target specifies the target value for the given metric
      ExternalMetricStatus:
        description: ExternalMetricStatus indicates the current value of a global metric not associated with any Kubernetes object.
        type: object
        required:
        - metric
        - current
        properties:
          current:
            $ref: '#/definitions/MetricValueStatus'
            description: current contains the current value for the given metric
          metric:
            $ref: '#/definitions/MetricIdentifier'
            description: metric identifies the target metric by name and selector
      FCVolumeSource:
        description: Represents a Fibre Channel volume. Fibre Channel volumes can only be mounted as read/write once.
        type: object
        properties:
          fsType:
            description: fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system.
            type: string
          lun:
            description: 'lun is Optional: FC target lun number'
            type: integer
            format: int32
          readOnly:
            description: 'readOnly is Optional: Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.'
            type: boolean
          targetWWNs:
            description: 'targetWWNs is Optional: FC target worldwide names (WWNs)'
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
          wwids:
            description: 'wwids Optional: FC volume world wide identifiers (wwids) Either wwids or combination of targetWWNs and lun must be set, but not both simultaneously.'
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
      FieldsV1:
        description: FieldsV1 stores a set of fields in a data structure like a Trie, in JSON format.
        type: object
      FlexVolumeSource:
        description: FlexVolume represents a generic volume resource that is provisioned/attached using an exec based plugin.
        type: object
        required:
        - driver
        properties:
          driver:
            description: driver is the name of the driver to use for this volume.
            type: string
          fsType:
            description: fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system.
            type: string
          options:
            description: 'options is Optional: this field holds extra command options if any.'
            type: object
            additionalProperties:
              type: string
          readOnly:
            description: 'readOnly is Optional: defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.'
            type: boolean
          secretRef:
            $ref: '#/definitions/LocalObjectReference'
            description: 'secretRef is Optional: secretRef is reference to the secret object containing sensitive information to pass to the plugin scripts. This may be empty if no secret object is specified.'
      FlockerVolumeSource:
        description: Represents a Flocker volume mounted by the Flocker agent. One and only one of datasetName and datasetUUID should be set.
        type: object
        properties:
          datasetName:
            description: datasetName is Name of the dataset stored as metadata -> name on the dataset for Flocker should be considered as deprecated
            type: string
          datasetUUID:
            description: datasetUUID is the UUID of the dataset. This is unique identifier of a Flocker dataset
            type: string
      GCEPersistentDiskVolumeSource:
        description: Represents a Persistent Disk resource in Google Compute Engine.
        type: object
        required:
        - pdName
        properties:
          fsType:
            description: 'fsType is filesystem type of the volume that you want to mount. Tip: Ensure that the filesystem type is supported by the host operating system.'
            type: string
          partition:
            description: partition is the partition in the volume that you want to mount. If omitted, the default is to mount by volume name.
            type: integer
            format: int32
          pdName:
            description: pdName is unique name of the PD resource in GCE. Used to identify the disk in GCE.
            type: string
          readOnly:
            description: readOnly here will force the ReadOnly setting in VolumeMounts. Defaults to false.
            type: boolean
      GRPCAction:
        description: GRPCAction specifies an action involving a GRPC service.
        type: object
        required:
        - port
        properties:
          port:
            description: Port number of the gRPC service. Number must be in the range 1 to 65535.
            type: integer
            format: int32
          service:
            description: Service is the name of the service to place in the gRPC HealthCheckRequest (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
            type: string
      GitRepoVolumeSource:
        description: Represents a volume that is populated with the contents of a git repository. Git repo volumes do not support ownership management.
        type: object
        required:
        - repository
        properties:
          directory:
            description: directory is the target directory name. Must not contain or start with '..'.
            type: string
          repository:
            description: repository is the URL
            type: string
          revision:
            description: revision is the commit hash for the specified revision.
            type: string
      GlusterfsVolumeSource:
        description: Represents a Glusterfs mount that lasts the lifetime of a pod. Glusterfs volumes do not support ownership management or SELinux relabeling.
        type: object
        required:
        - endpoints
        - path
        properties:
          endpoints:
            description: endpoints is the endpoint name that details Glusterfs topology.
            type: string
          path:
            description: path is the Glusterfs volume path.
            type: string
          readOnly:
            description: readOnly here will force the Glusterfs volume to be mounted with read-only permissions. Defaults to false.
            type: boolean
      HPAScalingPolicy:
        description: HPAScalingPolicy is a single policy which must hold true for a specified past interval.
        type: object
        required:
        - type
        - value
        - periodSeconds
        properties:
          periodSeconds:
            description: periodSeconds specifies the window of time for which the policy should hold true. PeriodSeconds must be greater than zero and less than or equal to 1800 (30 min).
            type: integer
            format: int32
          type:
            description: type is used to specify the scaling policy.
            type: string
          value:
            description: value contains the amount of change which is permitted by the policy. It must be greater than zero
            type: integer
            format: int32
      HPAScalingRules:
        description: HPAScalingRules configures the scaling behavior for one direction. These Rules are applied after calculating DesiredReplicas from metrics for the HPA.
        type: object
        properties:
          policies:
            description: policies is a list of potential scaling polices which can be used during scaling. At least one policy must be specified, otherwise the HPAScalingRules will be discarded as invalid
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/HPAScalingPolicy'
          selectPolicy:
            description: selectPolicy is used to specify which policy should be used. If not set, the default value Max is used.
            type: string
          stabilizationWindowSeconds:
            description: stabilizationWindowSeconds is the number of seconds for which past recommendations should be considered while scaling up or scaling down. StabilizationWindowSeconds must be greater than or equal to zero and less than or equal to 3600 (one hour).
            type: integer
            format: int32
      HTTPGetAction:
        description: HTTPGetAction describes an action based on HTTP Get requests.
        type: object
        required:
        - port
        properties:
          host:
            description: Host name to connect to, defaults to the pod IP. You probably want to set "Host" in httpHeaders instead.
            type: string
          httpHeaders:
            description: Custom headers to set in the request. HTTP allows repeated headers.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/HTTPHeader'
          path:
            description: Path to access on the HTTP server.
            type: string
          port:
            $ref: '#/definitions/IntOrString'
            description: Name or number of the port to access on the container. Number must be in the range 1 to 65535.
          scheme:
            description: Scheme to use for connecting to the host. Defaults to HTTP.
            type: string
      HTTPHeader:
        description: HTTPHeader describes a custom header to be used in HTTP probes
        type: object
        required:
        - name
        - value
        properties:
          name:
            description: The header field name. This will be canonicalized upon output, so case-variant names will be understood as the same header.
            type: string
          value:
            description: The header field value
            type: string
      HTTPIngressPath:
        description: HTTPIngressPath associates a path with a backend. Incoming urls matching the path are forwarded to the backend.
        type: object
        required:
        - pathType
        - backend
        properties:
          backend:
            $ref: '#/definitions/IngressBackend'
            description: backend defines the referenced service endpoint to which the traffic will be forwarded to.
          path:
            description: path is matched against the path of an incoming request. Currently it can contain characters disallowed from the conventional "path" part of a URL as defined by RFC 3986.
            type: string
          pathType:
            description: 'pathType determines the interpretation of the path matching. PathType can be one of the following values: * Exact: Matches the URL path exactly. * Prefix: Matches based on a URL path prefix split by ''/''.'
            type: string
            enum:
            - Exact
            - ImplementationSpecific
            - Prefix
      HTTPIngressRuleValue:
        description: HTTPIngressRuleValue is a list of http selectors pointing to backends.
        type: object
        required:
        - paths
        properties:
          paths:
            description: paths is a collection of paths that map requests to backends.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/HTTPIngressPath'
      HorizontalPodAutoscalerBehavior:
        description: HorizontalPodAutoscalerBehavior configures the scaling behavior of the target in both Up and Down directions (scaleUp and scaleDown fields respectively).
        type: object
        properties:
          scaleDown:
            $ref: '#/definitions/HPAScalingRules'
            description: scaleDown is scaling policy for scaling Down. If not set, the default value is to allow to scale down to minReplicas pods, with a 300 second stabilization window (i.e., the highest recommendation for the last 300sec is used).
          scaleUp:
            $ref: '#/definitions/HPAScalingRules'
            description: 'scaleUp is scaling policy for scaling Up. If not set, the default value is the higher of: * increase no more than 4 pods per 60 seconds * double the number of pods per 60 seconds No stabilization is used.'
      HorizontalPodAutoscalerCondition:
        description: HorizontalPodAutoscalerCondition describes the state of a HorizontalPodAutoscaler at a certain point.
        type: object
        required:
        - type
        - status
        properties:
          lastTransitionTime:
            description: lastTransitionTime is the last time the condition transitioned from one status to another
            type: string
            format: date-time
          message:
            description: message is a human-readable explanation containing details about the transition
            type: string
          reason:
            description: reason is the reason for the condition's last transition.
            type: string
          status:
            description: status is the status of the condition (True, False, Unknown)
            type: string
          type:
            description: type describes the current condition
            type: string
      HorizontalPodAutoscalerSpec:
        description: HorizontalPodAutoscalerSpec describes the desired functionality of the HorizontalPodAutoscaler.
        type: object
        required:
        - scaleTargetRef
        - maxReplicas
        properties:
          behavior:
            $ref: '#/definitions/HorizontalPodAutoscalerBehavior'
            description: behavior configures the scaling behavior of the target in both Up and Down directions (scaleUp and scaleDown fields respectively). If not set, the default HPAScalingRules for scale up and scale down are used.
          maxReplicas:
            description: maxReplicas is the upper limit for the number of replicas to which the autoscaler can scale up. It cannot be less that minReplicas.
            type: integer
            format: int32
          metrics:
            description: metrics contains the specifications for which to use to calculate the desired replica count (the maximum replica count across all metrics will be used).
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/MetricSpec'
          minReplicas:
            description: minReplicas is the lower limit for the number of replicas to which the autoscaler can scale down. It defaults to 1 pod. minReplicas is allowed to be 0 if the alpha feature gate HPAScaleToZero is enabled and at least one Object or External metric is configured.
            type: integer
            format: int32
          scaleTargetRef:
            $ref: '#/definitions/CrossVersionObjectReference'
            description: scaleTargetRef points to the target resource to scale, and is used to the pods for which metrics should be collected, as well as to actually change the replica count.
      HorizontalPodAutoscalerStatus:
        description: HorizontalPodAutoscalerStatus describes the current status of a horizontal pod autoscaler.
        type: object
        required:
        - desiredReplicas
        properties:
          conditions:
            description: conditions is the set of conditions required for this autoscaler to scale its target, and indicates whether or not those conditions are met.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - type
            x-kubernetes-patch-strategy: merge
            x-kubernetes-patch-merge-key: type
            items:
              $ref: '#/definitions/HorizontalPodAutoscalerCondition'
          currentMetrics:
            description: currentMetrics is the last read state of the metrics used by this autoscaler.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/MetricStatus'
          currentReplicas:
            description: currentReplicas is current number of replicas of pods managed by this autoscaler, as last seen by the autoscaler.
            type: integer
            format: int32
          desiredReplicas:
            description: desiredReplicas is the desired number of replicas of pods managed by this autoscaler, as last calculated by the autoscaler.
            type: integer
            format: int32
          lastScaleTime:
            description: lastScaleTime is the last time the HorizontalPodAutoscaler scaled the number of pods, used by the autoscaler to control how often the number of pods is changed.
            type: string
            format: date-time
          observedGeneration:
            description: observedGeneration is the most recent generation observed by this autoscaler.
            type: integer
            format: int64
      HostAlias:
        description: HostAlias holds the mapping between IP and hostnames that will be injected as an entry in the pod's hosts file.
        type: object
        required:
        - ip
        properties:
          hostnames:
            description: Hostnames for the above IP address.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
          ip:
            description: IP address of the host file entry.
            type: string
      HostIP:
        description: HostIP represents a single IP address allocated to the host.
        type: object
        required:
        - ip
        properties:
          ip:
            description: IP is the IP address assigned to the host
            type: string
      HostPathVolumeSource:
        description: Represents a host path mapped into a pod. Host path volumes do not support ownership management or SELinux relabeling.
        type: object
        required:
        - path
        properties:
          path:
            description: path of the directory on the host. If the path is a symlink, it will follow the link to the real path.
            type: string
          type:
            description: type for HostPath Volume Defaults to ""
            type: string
      IPBlock:
        description: IPBlock is a CIDR a NetworkPolicy peer allows, less the CIDRs in except.
        type: object
        required:
        - cidr
        properties:
          cidr:
            description: cidr is the allowed range, such as 192.168.1.0/24 or 2001:db8::/64.
            type: string
          except:
            description: except lists ranges inside cidr that are not allowed.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
      ISCSIVolumeSource:
        description: Represents an ISCSI disk. ISCSI volumes can only be mounted as read/write once.
        type: object
        required:
        - targetPortal
        - iqn
        - lun
        properties:
          chapAuthDiscovery:
            description: chapAuthDiscovery defines whether support iSCSI Discovery CHAP authentication
            type: boolean
          chapAuthSession:
            description: chapAuthSession defines whether support iSCSI Session CHAP authentication
            type: boolean
          fsType:
            description: 'fsType is the filesystem type of the volume that you want to mount. Tip: Ensure that the filesystem type is supported by the host operating system.'
            type: string
          initiatorName:
            description: initiatorName is the custom iSCSI Initiator Name. If initiatorName is specified with iscsiInterface simultaneously, new iSCSI interface <target portal>:<volume name> will be created for the connection.
            type: string
          iqn:
            description: iqn is the target iSCSI Qualified Name.
            type: string
          iscsiInterface:
            description: iscsiInterface is the interface Name that uses an iSCSI transport. Defaults to 'default' (tcp).
            type: string
          lun:
            description: lun represents iSCSI Target Lun number.
            type: integer
            format: int32
          portals:
            description: portals is the iSCSI Target Portal List. The portal is either an IP or ip_addr:port if the port is other than default (typically TCP ports 860 and 3260).
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
          readOnly:
            description: readOnly here will force the ReadOnly setting in VolumeMounts. Defaults to false.
            type: boolean
          secretRef:
            $ref: '#/definitions/LocalObjectReference'
            description: secretRef is the CHAP Secret for iSCSI target and initiator authentication
          targetPortal:
            description: targetPortal is iSCSI Target Portal. The Portal is either an IP or ip_addr:port if the port is other than default (typically TCP ports 860 and 3260).
            type: string
      ImageVolumeSource:
        description: ImageVolumeSource represents a image volume resource.
        type: object
        properties:
          pullPolicy:
            description: 'Policy for pulling OCI objects. Possible values are: Always: the kubelet always attempts to pull the reference.'
            type: string
          reference:
            description: 'Required: Image or artifact reference to be used. Behaves in the same way as pod.spec.containers[*].image.'
            type: string
      IngressBackend:
        description: IngressBackend describes all endpoints for a given service and port.
        type: object
        properties:
          resource:
            $ref: '#/definitions/TypedLocalObjectReference'
            description: resource is an ObjectRef to another Kubernetes resource in the namespace of the Ingress object. If resource is specified, a service.Name and service.Port must not be specified.
          service:
            $ref: '#/definitions/IngressServiceBackend'
            description: service references a service as a backend. This is a mutually exclusive setting with "Resource".
      IngressLoadBalancerIngress:
        description: IngressLoadBalancerIngress represents the status of a load-balancer ingress point.
        type: object
        properties:
          hostname:
            description: hostname is set for load-balancer ingress points that are DNS based.
            type: string
          ip:
            description: ip is set for load-balancer ingress points that are IP based.
            type: string
          ports:
            description: ports provides information about the ports exposed by this LoadBalancer.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/IngressPortStatus'
      IngressLoadBalancerStatus:
        description: IngressLoadBalancerStatus represents the status of a load-balancer.
        type: object
        properties:
          ingress:
            description: ingress is a list containing ingress points for the load-balancer.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/IngressLoadBalancerIngress'
      IngressPortStatus:
        description: IngressPortStatus represents the error condition of a service port
        type: object
        required:
        - port
        - protocol
        properties:
          error:
            description: 'error is to record the problem with the service port The format of the error shall comply with the following rules: - built-in error values shall be specified in this file and those shall use CamelCase names - cloud provider specific error values must have names that comply with the format foo.example.com/CamelCase.'
            type: string
          port:
            description: port is the port number of the ingress port.
            type: integer
            format: int32
          protocol:
            description: 'protocol is the protocol of the ingress port. The supported values are: "TCP", "UDP", "SCTP"'
            type: string
      IngressRule:
        description: IngressRule represents the rules mapping the paths under a specified host to the related backend services. Incoming requests are first evaluated for a host match, then routed to the backend associated with the matching IngressRuleValue.
        type: object
        properties:
          host:
            description: 'host is the fully qualified domain name of a network host, as defined by RFC 3986. Note the following deviations from the "host" part of the URI as defined in RFC 3986: 1.'
            type: string
          http:
            $ref: '#/definitions/HTTPIngressRuleValue'
      IngressServiceBackend:
        description: IngressServiceBackend references a Kubernetes Service as a Backend.
        type: object
        required:
        - name
        properties:
          name:
            description: name is the referenced service. The service must exist in the same namespace as the Ingress object.
            type: string
          port:
            $ref: '#/definitions/ServiceBackendPort'
            description: port of the referenced service. A port name or port number is required for a IngressServiceBackend.
      IngressSpec:
        description: IngressSpec describes the Ingress the user wishes to exist.
        type: object
        properties:
          defaultBackend:
            $ref: '#/definitions/IngressBackend'
            description: defaultBackend is the backend that should handle requests that don't match any rule. If Rules are not specified, DefaultBackend must be specified.
          ingressClassName:
            description: ingressClassName is the name of an IngressClass cluster resource. Ingress controller implementations use this field to know whether they should be serving this Ingress resource, by a transitive connection (controller -> IngressClass -> Ingress resource).
            type: string
          rules:
            description: rules is a list of host rules used to configure the Ingress. If unspecified, or no rule matches, all traffic is sent to the default backend.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/IngressRule'
          tls:
            description: tls represents the TLS configuration. Currently the Ingress only supports a single TLS port, 443.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/IngressTLS'
      IngressStatus:
        description: IngressStatus describe the current state of the Ingress.
        type: object
        properties:
          loadBalancer:
            $ref: '#/definitions/IngressLoadBalancerStatus'
            description: loadBalancer contains the current status of the load-balancer.
      IngressTLS:
        description: IngressTLS describes the transport layer security associated with an ingress.
        type: object
        properties:
          hosts:
            description: hosts is a list of hosts included in the TLS certificate. The values in this list must match the name/s used in the tlsSecret.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
          secretName:
            description: secretName is the name of the secret used to terminate TLS traffic on port 443. Field is left optional to allow TLS routing based on SNI hostname alone.
            type: string
      IntOrString:
        description: IntOrString is a type that can hold an int32 or a string.
        format: int-or-string
        x-kubernetes-int-or-string: true
      JobCondition:
        description: JobCondition describes current state of a job.
        type: object
        required:
        - type
        - status
        properties:
          lastProbeTime:
            description: Last time the condition was checked.
            type: string
            format: date-time
          lastTransitionTime:
            description: Last time the condition transit from one status to another.
            type: string
            format: date-time
          message:
            description: Human readable message indicating details about last transition.
            type: string
          reason:
            description: (brief) reason for the condition's last transition.
            type: string
          status:
            description: Status of the condition, one of True, False, Unknown.
            type: string
          type:
            description: Type of job condition, Complete or Failed.
            type: string
      JobSpec:
        description: JobSpec describes how the job execution will look like.
        type: object
        required:
        - template
        properties:
          activeDeadlineSeconds:
            description: Specifies the duration in seconds relative to the startTime that the job may be continuously active before the system tries to terminate it; value must be positive integer.
            type: integer
            format: int64
          backoffLimit:
            description: Specifies the number of retries before marking this job failed. Defaults to 6
            type: integer
            format: int32
          backoffLimitPerIndex:
            description: Specifies the limit for the number of retries within an index before marking this index as failed. When enabled the number of failures per index is kept in the pod's batch.kubernetes.io/job-index-failure-count annotation.
            type: integer
            format: int32
          completionMode:
            description: completionMode specifies how Pod completions are tracked. It can be `NonIndexed` (default) or `Indexed`.
            type: string
            enum:
            - Indexed
            - NonIndexed
          completions:
            description: Specifies the desired number of successfully finished pods the job should be run with. Setting to null means that the success of any pod signals the success of all pods, and allows parallelism to have any positive value.
            type: integer
            format: int32
          managedBy:
            description: ManagedBy field indicates the controller that manages a Job.
            type: string
          manualSelector:
            description: manualSelector controls generation of pod labels and pod selectors. Leave `manualSelector` unset unless you are certain what you are doing.
            type: boolean
          maxFailedIndexes:
            description: Specifies the maximal number of failed indexes before marking the Job as failed, when backoffLimitPerIndex is set. Once the number of failed indexes exceeds this number the entire Job is marked as Failed and its execution is terminated.
            type: integer
            format: int32
          parallelism:
            description: Specifies the maximum desired number of pods the job should run at any given time.
            type: integer
            format: int32
          podFailurePolicy:
            $ref: '#/definitions/PodFailurePolicy'
            description: Specifies the policy of handling failed pods. In particular, it allows to specify the set of actions and conditions which need to be satisfied to take the associated action.
          podReplacementPolicy:
            description: podReplacementPolicy specifies when to create replacement Pods.
            type: string
          selector:
            $ref: '#/definitions/LabelSelector'
            description: A label query over pods that should match the pod count. Normally, the system sets this field for you.
          successPolicy:
            $ref: '#/definitions/SuccessPolicy'
            description: successPolicy specifies the policy when the Job can be declared as succeeded. If empty, the default behavior applies - the Job is declared as succeeded only when the number of succeeded pods equals to the completions.
          suspend:
            description: suspend specifies whether the Job controller should create Pods or not. If a Job is created with suspend set to true, no Pods are created by the Job controller.
            type: boolean
          template:
            $ref: '#/definitions/PodTemplateSpec'
            description: Describes the pod that will be created when executing a job. The only allowed template.spec.restartPolicy values are "Never" or "OnFailure".
          ttlSecondsAfterFinished:
            description: ttlSecondsAfterFinished limits the lifetime of a Job that has finished execution (either Complete or Failed). If this field is set, ttlSecondsAfterFinished after the Job finishes, it is eligible to be automatically deleted.
            type: integer
            format: int32
      JobStatus:
        description: JobStatus represents the current state of a Job.
        type: object
        properties:
          active:
            description: The number of pending and running pods which are not terminating (without a deletionTimestamp). The value is zero for finished jobs.
            type: integer
            format: int32
          completedIndexes:
            description: completedIndexes holds the completed indexes when .spec.completionMode = "Indexed" in a text format. The indexes are represented as decimal integers separated by commas.
            type: string
          completionTime:
            description: Represents time when the job was completed. It is not guaranteed to be set in happens-before order across separate operations.
            type: string
            format: date-time
          conditions:
            description: The latest available observations of an object's current state. When a Job fails, one of the conditions will have type "Failed" and status true.
            type: array
            x-kubernetes-list-type: atomic
            x-kubernetes-patch-strategy: merge
            x-kubernetes-patch-merge-key: type
            items:
              $ref: '#/definitions/JobCondition'
          failed:
            description: The number of pods which reached phase Failed. The value increases monotonically.
            type: integer
            format: int32
          failedIndexes:
            description: FailedIndexes holds the failed indexes when spec.backoffLimitPerIndex is set. The indexes are represented in the text format analogous as for the `completedIndexes` field, ie. they are kept as decimal integers separated by commas.
            type: string
          ready:
            description: The number of active pods which have a Ready condition and are not terminating (without a deletionTimestamp).
            type: integer
            format: int32
          startTime:
            description: Represents time when the job controller started processing a job. When a Job is created in the suspended state, this field is not set until the first time it is resumed.
            type: string
            format: date-time
          succeeded:
            description: The number of pods which reached phase Succeeded. The value increases monotonically for a given spec.
            type: integer
            format: int32
          terminating:
            description: The number of pods which are terminating (in phase Pending or Running and have a deletionTimestamp).
            type: integer
            format: int32
          uncountedTerminatedPods:
            $ref: '#/definitions/UncountedTerminatedPods'
            description: uncountedTerminatedPods holds the UIDs of Pods that have terminated but the job controller hasn't yet accounted for in the status counters.
      JobTemplateSpec:
        description: JobTemplateSpec describes the data a Job should have when created from a template
        type: object
        properties:
          metadata:
            $ref: '#/definitions/ObjectMeta'
            description: Standard object's metadata of the jobs created from this template.
          spec:
            $ref: '#/definitions/JobSpec'
            description: Specification of the desired behavior of the job.
      KeyToPath:
        description: Maps a string key to a path within a volume.
        type: object
        required:
        - key
        - path
        properties:
          key:
            description: key is the key to project.
            type: string
          mode:
            description: 'mode is Optional: mode bits used to set permissions on this file. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.'
            type: integer
            format: int32
          path:
            description: path is the relative path of the file to map the key to. May not be an absolute path.
            type: string
      LabelSelector:
        description: A label selector is a label query over a set of resources. The result of matchLabels and matchExpressions are ANDed.
        type: object
        x-kubernetes-map-type: atomic
        properties:
          matchExpressions:
            description: matchExpressions is a list of label selector requirements. The requirements are ANDed.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/LabelSelectorRequirement'
          matchLabels:
            description: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value".
            type: object
            additionalProperties:
              type: string
      LabelSelectorRequirement:
        description: A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.
        type: object
        required:
        - key
        - operator
        properties:
          key:
            description: key is the label key that the selector applies to.
            type: string
          operator:
            description: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
            type: string
          values:
            description: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
      LeaseSpec:
        description: LeaseSpec is a specification of a Lease.
        type: object
        properties:
          acquireTime:
            description: acquireTime is a time when the current lease was acquired.
            type: string
            format: date-time
          holderIdentity:
            description: holderIdentity contains the identity of the holder of a current lease. If Coordinated Leader Election is used, the holder identity must be equal to the elected LeaseCandidate.metadata.name field.
            type: string
          leaseDurationSeconds:
            description: leaseDurationSeconds is a duration that candidates for a lease need to wait to force acquire it. This is measured against the time of last observed renewTime.
            type: integer
            format: int32
          leaseTransitions:
            description: leaseTransitions is the number of transitions of a lease between holders.
            type: integer
            format: int32
          preferredHolder:
            description: PreferredHolder signals to a lease holder that the lease has a more optimal holder and should be given up. This field can only be set if Strategy is also set.
            type: string
          renewTime:
            description: renewTime is a time when the current holder of a lease has last updated the lease.
            type: string
            format: date-time
          strategy:
            description: Strategy indicates the strategy for picking the leader for coordinated leader election. If the field is not specified, there is no active coordination for this lease.
            type: string
      Lifecycle:
        description: Lifecycle describes actions that the management system should take in response to container lifecycle events.
        type: object
        properties:
          postStart:
            $ref: '#/definitions/LifecycleHandler'
            description: PostStart is called immediately after a container is created. If the handler fails, the container is terminated and restarted according to its restart policy.
          preStop:
            $ref: '#/definitions/LifecycleHandler'
            description: PreStop is called immediately before a container is terminated due to an API request or management event such as liveness/startup probe failure, preemption, resource contention, etc. The handler is not called if the container crashes or exits.
      LifecycleHandler:
        description: LifecycleHandler defines a specific action that should be taken in a lifecycle hook. One and only one of the fields, except TCPSocket must be specified.
        type: object
        properties:
          exec:
            $ref: '#/definitions/ExecAction'
            description: Exec specifies a command to execute in the container.
          httpGet:
            $ref: '#/definitions/HTTPGetAction'
            description: HTTPGet specifies an HTTP GET request to perform.
          sleep:
            $ref: '#/definitions/SleepAction'
            description: Sleep represents a duration that the container should sleep.
          tcpSocket:
            $ref: '#/definitions/TCPSocketAction'
            description: Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept for backward compatibility.
      LinuxContainerUser:
        description: LinuxContainerUser represents user identity information in Linux containers
        type: object
        required:
        - uid
        - gid
        properties:
          gid:
            description: GID is the primary gid initially attached to the first process in the container
            type: integer
            format: int64
          supplementalGroups:
            description: SupplementalGroups are the supplemental groups initially attached to the first process in the container
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: integer
              format: int64
          uid:
            description: UID is the primary uid initially attached to the first process in the container
            type: integer
            format: int64
      LoadBalancerIngress:
        description: 'LoadBalancerIngress represents the status of a load-balancer ingress point: traffic intended for the service should be sent to an ingress point.'
        type: object
        properties:
          hostname:
            description: Hostname is set for load-balancer ingress points that are DNS based (typically AWS load-balancers)
            type: string
          ip:
            description: IP is set for load-balancer ingress points that are IP based (typically GCE or OpenStack load-balancers)
            type: string
          ipMode:
            description: IPMode specifies how the load-balancer IP behaves, and may only be specified when the ip field is specified. Setting this to "VIP" indicates that traffic is delivered to the node with the destination set to the load-balancer's IP and port.
            type: string
          ports:
            description: Ports is a list of records of service ports If used, every port defined in the service should have an entry in it
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/PortStatus'
      LoadBalancerStatus:
        description: LoadBalancerStatus represents the status of a load-balancer.
        type: object
        properties:
          ingress:
            description: Ingress is a list containing ingress points for the load-balancer. Traffic intended for the service should be sent to these ingress points.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/LoadBalancerIngress'
      LocalObjectReference:
        description: LocalObjectReference contains enough information to let you locate the referenced object inside the same namespace.
        type: object
        x-kubernetes-map-type: atomic
        properties:
          name:
            description: Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty.
            type: string
      ManagedFieldsEntry:
        description: ManagedFieldsEntry is a workflow-id, a FieldSet and the group version of the resource that the fieldset applies to.
        type: object
        properties:
          apiVersion:
            description: APIVersion defines the version of this resource that this field set applies to. The format is "group/version" just like the top-level APIVersion field.
            type: string
          fieldsType:
            description: 'FieldsType is the discriminator for the different fields format and version. There is currently only one possible value: "FieldsV1"'
            type: string
          fieldsV1:
            $ref: '#/definitions/FieldsV1'
            description: FieldsV1 holds the first JSON version format as described in the "FieldsV1" type.
          manager:
            description: Manager is an identifier of the workflow managing these fields.
            type: string
          operation:
            description: Operation is the type of operation which lead to this ManagedFieldsEntry being created. The only valid values for this field are 'Apply' and 'Update'.
            type: string
          subresource:
            description: Subresource is the name of the subresource used to update that object, or empty string if the object was updated through the main resource. The value of this field is used to distinguish between managers, even if they share the same name.
            type: string
          time:
            description: Time is the timestamp of when the ManagedFields entry was added. The timestamp will also be updated if a field is added, the manager changes any of the owned fields value or removes a field.
            type: string
            format: date-time
      MetricIdentifier:
        description: MetricIdentifier defines the name and optionally selector for a metric
        type: object
        required:
        - name
        properties:
          name:
            description: name is the name of the given metric
            type: string
          selector:
            $ref: '#/definitions/LabelSelector'
            description: selector is the string-encoded form of a standard kubernetes label selector for the given metric When set, it is passed as an additional parameter to the metrics server for more specific metrics scoping.
      MetricSpec:
        description: MetricSpec specifies how to scale based on a single metric (only `type` and one other matching field should be set at once).
        type: object
        required:
        - type
        properties:
          containerResource:
            $ref: '#/definitions/ContainerResourceMetricSource'
            description: containerResource refers to a resource metric (such as those specified in requests and limits) known to Kubernetes describing a single container in each pod of the current scale target (e.g. CPU or memory).
          external:
            $ref: '#/definitions/ExternalMetricSource'
            description: external refers to a global metric that is not associated with any Kubernetes object.
          object:
            $ref: '#/definitions/ObjectMetricSource'
            description: object refers to a metric describing a single kubernetes object (for example, hits-per-second on an Ingress object).
          pods:
            $ref: '#/definitions/PodsMetricSource'
            description: pods refers to a metric describing each pod in the current scale target (for example, transactions-processed-per-second). The values will be averaged together before being compared to the target value.
          resource:
            $ref: '#/definitions/ResourceMetricSource'
            description: resource refers to a resource metric (such as those specified in requests and limits) known to Kubernetes describing each pod in the current scale target (e.g. CPU or memory).
          type:
            description: type is the type of metric source. It should be one of "ContainerResource", "External", "Object", "Pods" or "Resource", each mapping to a matching field in the object.
            type: string
            enum:
            - ContainerResource
            - External
            - Object
            - Pods
            - Resource
      MetricStatus:
        description: MetricStatus describes the last-read state of a single metric.
        type: object
        required:
        - type
        properties:
          containerResource:
            $ref: '#/definitions/ContainerResourceMetricStatus'
            description: container resource refers to a resource metric (such as those specified in requests and limits) known to Kubernetes describing a single container in each pod in the current scale target (e.g. CPU or memory).
          external:
            $ref: '#/definitions/ExternalMetricStatus'
            description: external refers to a global metric that is not associated with any Kubernetes object.
          object:
            $ref: '#/definitions/ObjectMetricStatus'
            description: object refers to a metric describing a single kubernetes object (for example, hits-per-second on an Ingress object).
          pods:
            $ref: '#/definitions/PodsMetricStatus'
            description: pods refers to a metric describing each pod in the current scale target (for example, transactions-processed-per-second). The values will be averaged together before being compared to the target value.
          resource:
            $ref: '#/definitions/ResourceMetricStatus'
            description: resource refers to a resource metric (such as those specified in requests and limits) known to Kubernetes describing each pod in the current scale target (e.g. CPU or memory).
          type:
            description: type is the type of metric source. It will be one of "ContainerResource", "External", "Object", "Pods" or "Resource", each corresponds to a matching field in the object.
            type: string
            enum:
            - ContainerResource
            - External
            - Object
            - Pods
            - Resource
      MetricTarget:
        description: MetricTarget defines the target value, average value, or average utilization of a specific metric
        type: object
        required:
        - type
        properties:
          averageUtilization:
            description: averageUtilization is the target value of the average of the resource metric across all relevant pods, represented as a percentage of the requested value of the resource for the pods. Currently only valid for Resource metric source type
            type: integer
            format: int32
          averageValue:
            $ref: '#/definitions/Quantity'
            description: averageValue is the target value of the average of the metric across all relevant pods (as a quantity)
          type:
            description: type represents whether the metric type is Utilization, Value, or AverageValue
            type: string
          value:
            $ref: '#/definitions/Quantity'
            description: value is the target value of the metric (as a quantity).
      MetricValueStatus:
        description: MetricValueStatus holds the current value for a metric
        type: object
        properties:
          averageUtilization:
            description: currentAverageUtilization is the current value of the average of the resource metric across all relevant pods, represented as a percentage of the requested value of the resource for the pods.
            type: integer
            format: int32
          averageValue:
            $ref: '#/definitions/Quantity'
            description: averageValue is the current value of the average of the metric across all relevant pods (as a quantity)
          value:
            $ref: '#/definitions/Quantity'
            description: value is the current value of the metric (as a quantity).
      ModifyVolumeStatus:
        description: ModifyVolumeStatus represents the status object of ControllerModifyVolume operation
        type: object
        required:
        - status
        properties:
          status:
            description: status is the status of the ControllerModifyVolume operation.
            type: string
          targetVolumeAttributesClassName:
            description: targetVolumeAttributesClassName is the name of the VolumeAttributesClass the PVC currently being reconciled
            type: string
      NFSVolumeSource:
        description: Represents an NFS mount that lasts the lifetime of a pod. NFS volumes do not support ownership management or SELinux relabeling.
        type: object
        required:
        - server
        - path
        properties:
          path:
            description: path that is exported by the NFS server.
            type: string
          readOnly:
            description: readOnly here will force the NFS export to be mounted with read-only permissions. Defaults to false.
            type: boolean
          server:
            description: server is the hostname or IP address of the NFS server.
            type: string
      NamespaceCondition:
        description: NamespaceCondition contains details about state of namespace.
        type: object
        required:
        - type
        - status
        properties:
          lastTransitionTime:
            description: Last time the condition transitioned from one status to another.
            type: string
            format: date-time
          message:
            description: Human-readable message indicating details about last transition.
            type: string
          reason:
            description: Unique, one-word, CamelCase reason for the condition's last transition.
            type: string
          status:
            description: Status of the condition, one of True, False, Unknown.
            type: string
          type:
            description: Type of namespace controller condition.
            type: string
      NamespaceSpec:
        description: NamespaceSpec describes the attributes on a Namespace.
        type: object
        properties:
          finalizers:
            description: Finalizers is an opaque list of values that must be empty to permanently remove object from storage.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
      NamespaceStatus:
        description: NamespaceStatus is information about the current status of a Namespace.
        type: object
        properties:
          conditions:
            description: Represents the latest available observations of a namespace's current state.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - type
            x-kubernetes-patch-strategy: merge
            x-kubernetes-patch-merge-key: type
            items:
              $ref: '#/definitions/NamespaceCondition'
          phase:
            description: Phase is the current lifecycle phase of the namespace.
            type: string
      NetworkPolicyEgressRule:
        description: NetworkPolicyEgressRule allows traffic from the selected pods that matches both ports and to.
        type: object
        properties:
          ports:
            description: ports are the destination ports allowed; every port when empty or missing.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/NetworkPolicyPort'
          to:
            description: to are the destinations allowed; every destination when empty or missing.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/NetworkPolicyPeer'
      NetworkPolicyIngressRule:
        description: NetworkPolicyIngressRule allows traffic to the selected pods that matches both ports and from.
        type: object
        properties:
          from:
            description: from are the sources allowed; every source when empty or missing.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/NetworkPolicyPeer'
          ports:
            description: ports are the ports allowed; every port when empty or missing.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/NetworkPolicyPort'
      NetworkPolicyPeer:
        description: NetworkPolicyPeer is a set of pods (by namespace and pod selectors) or an IP range.
        type: object
        properties:
          ipBlock:
            $ref: '#/definitions/IPBlock'
            description: ipBlock is an IP range; not with the selectors.
          namespaceSelector:
            $ref: '#/definitions/LabelSelector'
            description: namespaceSelector picks namespaces by label; {} is every namespace.
          podSelector:
            $ref: '#/definitions/LabelSelector'
            description: podSelector picks pods by label, in the policy's namespace or those namespaceSelector picks.
      NetworkPolicyPort:
        description: NetworkPolicyPort is a port, or a range of ports, and a protocol.
        type: object
        properties:
          endPort:
            description: endPort makes port the first of a range ending here; port must then be a number.
            type: integer
            format: int32
          port:
            $ref: '#/definitions/IntOrString'
            description: port is a number or a named container port; every port when missing.
          protocol:
            description: protocol is TCP, UDP or SCTP; TCP when missing.
            type: string
      NetworkPolicySpec:
        description: NetworkPolicySpec says which pods a NetworkPolicy selects and what traffic they may send and receive.
        type: object
        properties:
          egress:
            description: egress lists the outgoing traffic allowed to the selected pods.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/NetworkPolicyEgressRule'
          ingress:
            description: ingress lists the incoming traffic allowed to the selected pods.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/NetworkPolicyIngressRule'
          podSelector:
            $ref: '#/definitions/LabelSelector'
            description: podSelector picks the pods of the namespace the policy applies to; {} is all of them.
          policyTypes:
            description: policyTypes are Ingress, Egress or both; the directions the policy restricts.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
      NodeAffinity:
        description: Node affinity is a group of node affinity scheduling rules.
        type: object
        properties:
          preferredDuringSchedulingIgnoredDuringExecution:
            description: The scheduler will prefer to schedule pods to nodes that satisfy the affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/PreferredSchedulingTerm'
          requiredDuringSchedulingIgnoredDuringExecution:
            $ref: '#/definitions/NodeSelector'
            description: If the affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node.
      NodeSelector:
        description: A node selector represents the union of the results of one or more label queries over a set of nodes; that is, it represents the OR of the selectors represented by the node selector terms.
        type: object
        required:
        - nodeSelectorTerms
        x-kubernetes-map-type: atomic
        properties:
          nodeSelectorTerms:
            description: Required. A list of node selector terms.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/NodeSelectorTerm'
      NodeSelectorRequirement:
        description: A node selector requirement is a selector that contains values, a key, and an operator that relates the key and values.
        type: object
        required:
        - key
        - operator
        properties:
          key:
            description: The label key that the selector applies to.
            type: string
          operator:
            description: Represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists, DoesNotExist.
            type: string
          values:
            description: An array of string values. If the operator is In or NotIn, the values array must be non-empty.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
      NodeSelectorTerm:
        description: A null or empty node selector term matches no objects. The requirements of them are ANDed.
        type: object
        x-kubernetes-map-type: atomic
        properties:
          matchExpressions:
            description: A list of node selector requirements by node's labels.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/NodeSelectorRequirement'
          matchFields:
            description: A list of node selector requirements by node's fields.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/NodeSelectorRequirement'
      ObjectFieldSelector:
        description: ObjectFieldSelector selects an APIVersioned field of an object.
        type: object
        required:
        - fieldPath
        x-kubernetes-map-type: atomic
        properties:
          apiVersion:
            description: Version of the schema the FieldPath is written in terms of, defaults to "v1".
            type: string
          fieldPath:
            description: Path of the field to select in the specified API version.
            type: string
      ObjectMeta:
        description: ObjectMeta is metadata that all persisted resources must have, which includes all objects users must create.
        type: object
        properties:
          annotations:
            description: Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata. They are not queryable and should be preserved when modifying objects.
            type: object
            additionalProperties:
              type: string
          creationTimestamp:
            description: CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations.
            type: string
            format: date-time
          deletionGracePeriodSeconds:
            description: Number of seconds allowed for this object to gracefully terminate before it will be removed from the system. Only set when deletionTimestamp is also set.
            type: integer
            format: int64
          deletionTimestamp:
            description: DeletionTimestamp is RFC 3339 date and time at which this resource will be deleted. This field is set by the server when a graceful deletion is requested by the user, and is not directly settable by a client.
            type: string
            format: date-time
          finalizers:
            description: Must be empty before the object is deleted from the registry. Each entry is an identifier for the responsible component that will remove the entry from the list.
            type: array
            x-kubernetes-list-type: set
            x-kubernetes-patch-strategy: merge
            items:
              type: string
          generateName:
            description: GenerateName is an optional prefix, used by the server, to generate a unique name ONLY IF the Name field has not been provided. If this field is used, the name returned to the client will be different than the name passed.
            type: string
          generation:
            description: A sequence number representing a specific generation of the desired state. Populated by the system.
            type: integer
            format: int64
          labels:
            description: Map of string keys and values that can be used to organize and categorize (scope and select) objects. May match selectors of replication controllers and services.
            type: object
            additionalProperties:
              type: string
          managedFields:
            description: ManagedFields maps workflow-id and version to the set of fields that are managed by that workflow. This is mostly for internal housekeeping, and users typically shouldn't need to set or understand this field.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/ManagedFieldsEntry'
          name:
            description: Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically.
            type: string
          namespace:
            description: Namespace defines the space within which each name must be unique. An empty namespace is equivalent to the "default" namespace, but "default" is the canonical representation.
            type: string
          ownerReferences:
            description: List of objects depended by this object. If ALL objects in the list have been deleted, this object will be garbage collected.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - uid
            x-kubernetes-patch-strategy: merge
            x-kubernetes-patch-merge-key: uid
            items:
              $ref: '#/definitions/OwnerReference'
          resourceVersion:
            description: An opaque value that represents the internal version of this object that can be used by clients to determine when objects have changed. May be used for optimistic concurrency, change detection, and the watch operation on a resource or set of resources.
            type: string
          selfLink:
            description: 'Deprecated: selfLink is a legacy read-only field that is no longer populated by the system.'
            type: string
          uid:
            description: UID is the unique in time and space value for this object. It is typically generated by the server on successful creation of a resource and is not allowed to change on PUT operations.
            type: string
      ObjectMetricSource:
        description: ObjectMetricSource indicates how to scale on a metric describing a kubernetes object (for example, hits-per-second on an Ingress object).
        type: object
        required:
        - describedObject
        - target
        - metric
        properties:
          describedObject:
            $ref: '#/definitions/CrossVersionObjectReference'
            description: describedObject specifies the descriptions of a object,such as kind,name apiVersion
          metric:
            $ref: '#/definitions/MetricIdentifier'
            description: metric identifies the target metric by name and selector
          target:
            $ref: '#/definitions/MetricTarget'
            description: target specifies the target value for the given metric
      ObjectMetricStatus:
        description: ObjectMetricStatus indicates the current value of a metric describing a kubernetes object (for example, hits-per-second on an Ingress object).
        type: object
        required:
        - metric
        - current
        - describedObject
        properties:
          current:
            $ref: '#/definitions/MetricValueStatus'
            description: current contains the current value for the given metric
          describedObject:
            $ref: '#/definitions/CrossVersionObjectReference'
            description: DescribedObject specifies the descriptions of a object,such as kind,name apiVersion
          metric:
            $ref: '#/definitions/MetricIdentifier'
            description: metric identifies the target metric by name and selector
      ObjectReference:
        description: ObjectReference contains enough information to let you inspect or modify the referred object.
        type: object
        x-kubernetes-map-type: atomic
        properties:
          apiVersion:
            description: API version of the referent.
            type: string
          fieldPath:
            description: If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2].
            type: string
          kind:
            description: Kind of the referent.
            type: string
          name:
            description: Name of the referent.
            type: string
          namespace:
            description: Namespace of the referent.
            type: string
          resourceVersion:
            description: Specific resourceVersion to which this reference is made, if any.
            type: string
          uid:
            description: UID of the referent.
            type: string
      OwnerReference:
        description: OwnerReference contains enough information to let you identify an owning object. An owning object must be in the same namespace as the dependent, or be cluster-scoped, so there is no namespace field.
        type: object
        required:
        - apiVersion
        - kind
        - name
        - uid
        x-kubernetes-map-type: atomic
        properties:
          apiVersion:
            description: API version of the referent.
            type: string
          blockOwnerDeletion:
            description: If true, AND if the owner has the "foregroundDeletion" finalizer, then the owner cannot be deleted from the key-value store until this reference is removed.
            type: boolean
          controller:
            description: If true, this reference points to the managing controller.
            type: boolean
          kind:
            description: Kind of the referent.
            type: string
          name:
            description: Name of the referent.
            type: string
          uid:
            description: UID of the referent.
            type: string
      PersistentVolumeClaim:
        description: PersistentVolumeClaim is a user's request for and claim to a persistent volume
        type: object
        x-kubernetes-group-version-kind:
        - group: ''
          kind: PersistentVolumeClaim
          version: v1
        properties:
          apiVersion:
            description: APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values.
            type: string
          kind:
            description: Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to.
            type: string
          metadata:
            $ref: '#/definitions/ObjectMeta'
            description: Standard object's metadata.
          spec:
            $ref: '#/definitions/PersistentVolumeClaimSpec'
            description: spec defines the desired characteristics of a volume requested by a pod author.
          status:
            $ref: '#/definitions/PersistentVolumeClaimStatus'
            description: status represents the current information/status of a persistent volume claim. Read-only.
      PersistentVolumeClaimCondition:
        description: PersistentVolumeClaimCondition contains details about state of pvc
        type: object
        required:
        - type
        - status
        properties:
          lastProbeTime:
            description: lastProbeTime is the time we probed the condition.
            type: string
            format: date-time
          lastTransitionTime:
            description: lastTransitionTime is the time the condition transitioned from one status to another.
            type: string
            format: date-time
          message:
            description: message is the human-readable message indicating details about last transition.
            type: string
          reason:
            description: reason is a unique, this should be a short, machine understandable string that gives the reason for condition's last transition. If it reports "Resizing" that means the underlying persistent volume is being resized.
            type: string
          status:
            description: Status is the status of the condition. Can be True, False, Unknown.
            type: string
          type:
            description: Type is the type of the condition.
            type: string
      PersistentVolumeClaimSpec:
        description: PersistentVolumeClaimSpec describes the common attributes of storage devices and allows a Source for provider-specific attributes
        type: object
        properties:
          accessModes:
            description: accessModes contains the desired access modes the volume should have.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
          dataSource:
            $ref: '#/definitions/TypedLocalObjectReference'
            description: 'dataSource field can be used to specify either: * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot) * An existing PVC (PersistentVolumeClaim) If the provisioner or an external controller can support the specified data source, it will create a new volume based on the contents of the specified data source.'
          dataSourceRef:
            $ref: '#/definitions/TypedObjectReference'
            description: dataSourceRef specifies the object from which to populate the volume with data, if a non-empty volume is desired. This may be any object from a non-empty API group (non core object) or a PersistentVolumeClaim object.
          resources:
            $ref: '#/definitions/VolumeResourceRequirements'
            description: resources represents the minimum resources the volume should have.
          selector:
            $ref: '#/definitions/LabelSelector'
            description: selector is a label query over volumes to consider for binding.
          storageClassName:
            description: storageClassName is the name of the StorageClass required by the claim.
            type: string
          volumeAttributesClassName:
            description: volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim. If specified, the CSI driver will create or update the volume with the attributes defined in the corresponding VolumeAttributesClass.
            type: string
          volumeMode:
            description: volumeMode defines what type of volume is required by the claim. Value of Filesystem is implied when not included in claim spec.
            type: string
          volumeName:
            description: volumeName is the binding reference to the PersistentVolume backing this claim.
            type: string
      PersistentVolumeClaimStatus:
        description: PersistentVolumeClaimStatus is the current status of a persistent volume claim.
        type: object
        properties:
          accessModes:
            description: accessModes contains the actual access modes the volume backing the PVC has.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
          allocatedResourceStatuses:
            description: allocatedResourceStatuses stores status of resource being resized for the given PVC. Key names follow standard Kubernetes label syntax.
            type: object
            x-kubernetes-map-type: granular
            additionalProperties:
              type: string
          allocatedResources:
            description: allocatedResources tracks the resources allocated to a PVC including its capacity. Key names follow standard Kubernetes label syntax.
            type: object
            additionalProperties:
              $ref: '#/definitions/Quantity'
          capacity:
            description: capacity represents the actual resources of the underlying volume.
            type: object
            additionalProperties:
              $ref: '#/definitions/Quantity'
          conditions:
            description: conditions is the current Condition of persistent volume claim. If underlying persistent volume is being resized then the Condition will be set to 'Resizing'.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - type
            x-kubernetes-patch-strategy: merge
            x-kubernetes-patch-merge-key: type
            items:
              $ref: '#/definitions/PersistentVolumeClaimCondition'
          currentVolumeAttributesClassName:
            description: currentVolumeAttributesClassName is the current name of the VolumeAttributesClass the PVC is using.
            type: string
          modifyVolumeStatus:
            $ref: '#/definitions/ModifyVolumeStatus'
            description: ModifyVolumeStatus represents the status object of ControllerModifyVolume operation. When this is unset, there is no ModifyVolume operation being attempted.
          phase:
            description: phase represents the current phase of PersistentVolumeClaim.
            type: string
      PersistentVolumeClaimTemplate:
        description: PersistentVolumeClaimTemplate is used to produce PersistentVolumeClaim objects as part of an EphemeralVolumeSource.
        type: object
        required:
        - spec
        properties:
          metadata:
            $ref: '#/definitions/ObjectMeta'
            description: May contain labels and annotations that will be copied into the PVC when creating it. No other fields are allowed and will be rejected during validation.
          spec:
            $ref: '#/definitions/PersistentVolumeClaimSpec'
            description: The specification for the PersistentVolumeClaim. The entire content is copied unchanged into the PVC that gets created from this template.
      PersistentVolumeClaimVolumeSource:
        description: PersistentVolumeClaimVolumeSource references the user's PVC in the same namespace. This volume finds the bound PV and mounts that volume for the pod.
        type: object
        required:
        - claimName
        properties:
          claimName:
            description: claimName is the name of a PersistentVolumeClaim in the same namespace as the pod using this volume.
            type: string
          readOnly:
            description: readOnly Will force the ReadOnly setting in VolumeMounts. Default false.
            type: boolean
      PhotonPersistentDiskVolumeSource:
        description: Represents a Photon Controller persistent disk resource.
        type: object
        required:
        - pdID
        properties:
          fsType:
            description: fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system.
            type: string
          pdID:
            description: pdID is the ID that identifies Photon Controller persistent disk
            type: string
      PodAffinity:
        description: Pod affinity is a group of inter pod affinity scheduling rules.
        type: object
        properties:
          preferredDuringSchedulingIgnoredDuringExecution:
            description: The scheduler will prefer to schedule pods to nodes that satisfy the affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/WeightedPodAffinityTerm'
          requiredDuringSchedulingIgnoredDuringExecution:
            description: If the affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/PodAffinityTerm'
      PodAffinityTerm:
        description: Defines a set of pods (namely those matching the labelSelector relative to the given namespace(s)) that this pod should be co-located (affinity) or not co-located (anti-affinity) with, where co-located is defined as running on a node whose value of the label with key <topologyKey> matches that of any node on which a pod of the set of pods is running
        type: object
        required:
        - topologyKey
        properties:
          labelSelector:
            $ref: '#/definitions/LabelSelector'
            description: A label query over a set of resources, in this case pods. If it's null, this PodAffinityTerm matches with no Pods.
          matchLabelKeys:
            description: MatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
          mismatchLabelKeys:
            description: MismatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
          namespaceSelector:
            $ref: '#/definitions/LabelSelector'
            description: A label query over the set of namespaces that the term applies to.
          namespaces:
            description: namespaces specifies a static list of namespace names that the term applies to.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
          topologyKey:
            description: This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching the labelSelector in the specified namespaces, where co-located is defined as running on a node whose value of the label with key topologyKey matches that of any node on which any of the selected pods is running.
            type: string
      PodAntiAffinity:
        description: Pod anti affinity is a group of inter pod anti affinity scheduling rules.
        type: object
        properties:
          preferredDuringSchedulingIgnoredDuringExecution:
            description: The scheduler will prefer to schedule pods to nodes that satisfy the anti-affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/WeightedPodAffinityTerm'
          requiredDuringSchedulingIgnoredDuringExecution:
            description: If the anti-affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/PodAffinityTerm'
      PodCondition:
        description: PodCondition contains details for the current condition of this pod.
        type: object
        required:
        - type
        - status
        properties:
          lastProbeTime:
            description: Last time we probed the condition.
            type: string
            format: date-time
          lastTransitionTime:
            description: Last time the condition transitioned from one status to another.
            type: string
            format: date-time
          message:
            description: Human-readable message indicating details about last transition.
            type: string
          reason:
            description: Unique, one-word, CamelCase reason for the condition's last transition.
            type: string
          status:
            description: Status is the status of the condition. Can be True, False, Unknown.
            type: string
          type:
            description: Type is the type of the condition.
            type: string
      PodDisruptionBudgetSpec:
        description: PodDisruptionBudgetSpec says how many of the selected pods voluntary evictions may take down.
        type: object
        properties:
          maxUnavailable:
            $ref: '#/definitions/IntOrString'
            description: maxUnavailable is how many (or what percentage) of the selected pods may be unavailable after an eviction; not with minAvailable.
          minAvailable:
            $ref: '#/definitions/IntOrString'
            description: minAvailable is how many (or what percentage) of the selected pods must stay available after an eviction; not with maxUnavailable.
          selector:
            $ref: '#/definitions/LabelSelector'
            description: selector picks the pods the budget protects.
            x-kubernetes-patch-strategy: replace
          unhealthyPodEvictionPolicy:
            description: unhealthyPodEvictionPolicy is IfHealthyBudget or AlwaysAllow, whether pods that are not Ready may be evicted regardless of the budget.
            type: string
      PodDisruptionBudgetStatus:
        description: PodDisruptionBudgetStatus is what the disruption controller last observed.
        type: object
        required:
        - disruptionsAllowed
        - currentHealthy
        - desiredHealthy
        - expectedPods
        properties:
          conditions:
            description: conditions include DisruptionAllowed.
            type: array
            x-kubernetes-list-map-keys:
            - type
            x-kubernetes-list-type: map
            x-kubernetes-patch-merge-key: type
            x-kubernetes-patch-strategy: merge
            items:
              $ref: '#/definitions/Condition'
          currentHealthy:
            description: currentHealthy is the number of healthy pods.
            type: integer
            format: int32
          desiredHealthy:
            description: desiredHealthy is the fewest healthy pods the budget wants.
            type: integer
            format: int32
          disruptedPods:
            description: disruptedPods are pods being evicted and the time each eviction was accepted.
            type: object
            additionalProperties:
              type: string
              format: date-time
          disruptionsAllowed:
            description: disruptionsAllowed is how many pods may be evicted now.
            type: integer
            format: int32
          expectedPods:
            description: expectedPods is the number of pods the budget counts.
            type: integer
            format: int32
          observedGeneration:
            description: observedGeneration is the generation of the budget the status reflects.
            type: integer
            format: int64
      PodDNSConfig:
        description: PodDNSConfig defines the DNS parameters of a pod in addition to those generated from DNSPolicy.
        type: object
        properties:
          nameservers:
            description: A list of DNS name server IP addresses. This will be appended to the base nameservers generated from DNSPolicy.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
          options:
            description: A list of DNS resolver options. This will be merged with the base options generated from DNSPolicy.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/PodDNSConfigOption'
          searches:
            description: A list of DNS search domains for host-name lookup. This will be appended to the base search paths generated from DNSPolicy.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
      PodDNSConfigOption:
        description: PodDNSConfigOption defines DNS resolver options of a pod.
        type: object
        properties:
          name:
            description: Name is this DNS resolver option's name. Required.
            type: string
          value:
            description: Value is this DNS resolver option's value.
            type: string
      PodFailurePolicy:
        description: PodFailurePolicy describes how failed pods influence the backoffLimit.
        type: object
        required:
        - rules
        properties:
          rules:
            description: A list of pod failure policy rules. The rules are evaluated in order.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/PodFailurePolicyRule'
      PodFailurePolicyOnExitCodesRequirement:
        description: PodFailurePolicyOnExitCodesRequirement describes the requirement for handling a failed pod based on its container exit codes.
        type: object
        required:
        - operator
        - values
        properties:
          containerName:
            description: Restricts the check for exit codes to the container with the specified name. When null, the rule applies to all containers.
            type: string
          operator:
            description: Represents the relationship between the container exit code(s) and the specified values. Containers completed with success (exit code 0) are excluded from the requirement check.
            type: string
          values:
            description: Specifies the set of values. Each returned container exit code (might be multiple in case of multiple containers) is checked against this set of values with respect to the operator.
            type: array
            x-kubernetes-list-type: set
            items:
              type: integer
              format: int32
      PodFailurePolicyOnPodConditionsPattern:
        description: PodFailurePolicyOnPodConditionsPattern describes a pattern for matching an actual pod condition type.
        type: object
        required:
        - type
        - status
        properties:
          status:
            description: Specifies the required Pod condition status. To match a pod condition it is required that the specified status equals the pod condition status.
            type: string
          type:
            description: Specifies the required Pod condition type. To match a pod condition it is required that specified type equals the pod condition type.
            type: string
      PodFailurePolicyRule:
        description: PodFailurePolicyRule describes how a pod failure is handled when the requirements are met. One of onExitCodes and onPodConditions, but not both, can be used in each rule.
        type: object
        required:
        - action
        properties:
          action:
            description: Specifies the action taken on a pod failure when the requirements are satisfied. Possible values are.
            type: string
          onExitCodes:
            $ref: '#/definitions/PodFailurePolicyOnExitCodesRequirement'
            description: Represents the requirement on the container exit codes.
          onPodConditions:
            description: Represents the requirement on the pod conditions. The requirement is represented as a list of pod condition patterns.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/PodFailurePolicyOnPodConditionsPattern'
      PodIP:
        description: PodIP represents a single IP address allocated to the pod.
        type: object
        required:
        - ip
        properties:
          ip:
            description: IP is the IP address assigned to the pod
            type: string
      PodOS:
        description: PodOS defines the OS parameters of a pod.
        type: object
        required:
        - name
        properties:
          name:
            description: Name is the name of the operating system. The currently supported values are linux and windows.
            type: string
      PodReadinessGate:
        description: PodReadinessGate contains the reference to a pod condition
        type: object
        required:
        - conditionType
        properties:
          conditionType:
            description: ConditionType refers to a condition in the pod's condition list with matching type.
            type: string
      PodResourceClaim:
        description: PodResourceClaim references exactly one ResourceClaim, either directly or by naming a ResourceClaimTemplate which is then turned into a ResourceClaim for the pod.
        type: object
        required:
        - name
        properties:
          name:
            description: Name uniquely identifies this resource claim inside the pod. This must be a DNS_LABEL.
            type: string
          resourceClaimName:
            description: ResourceClaimName is the name of a ResourceClaim object in the same namespace as this pod.
            type: string
          resourceClaimTemplateName:
            description: ResourceClaimTemplateName is the name of a ResourceClaimTemplate object in the same namespace as this pod.
            type: string
      PodResourceClaimStatus:
        description: PodResourceClaimStatus is stored in the PodStatus for each PodResourceClaim which references a ResourceClaimTemplate. It stores the generated name for the corresponding ResourceClaim.
        type: object
        required:
        - name
        properties:
          name:
            description: Name uniquely identifies this resource claim inside the pod. This must match the name of an entry in pod.spec.resourceClaims, which implies that the string must be a DNS_LABEL.
            type: string
          resourceClaimName:
            description: ResourceClaimName is the name of the ResourceClaim that was generated for the Pod in the namespace of the Pod. If this is unset, then generating a ResourceClaim was not necessary.
            type: string
      PodSchedulingGate:
        description: PodSchedulingGate is associated to a Pod to guard its scheduling.
        type: object
        required:
        - name
        properties:
          name:
            description: Name of the scheduling gate. Each scheduling gate must have a unique name field.
            type: string
      PodSecurityContext:
        description: PodSecurityContext holds pod-level security attributes and common container settings. Some fields are also present in container.securityContext.
        type: object
        properties:
          appArmorProfile:
            $ref: '#/definitions/AppArmorProfile'
            description: appArmorProfile is the AppArmor options to use by the containers in this pod. Note that this field cannot be set when spec.os.name is windows.
          fsGroup:
            description: A special supplemental group that applies to all containers in a pod. Some volume types allow the Kubelet to change the ownership of that volume to be owned by the pod.
            type: integer
            format: int64
          fsGroupChangePolicy:
            description: fsGroupChangePolicy defines behavior of changing ownership and permission of the volume before being exposed inside Pod. This field will only apply to volume types which support fsGroup based ownership(and permissions).
            type: string
          runAsGroup:
            description: The GID to run the entrypoint of the container process. Uses runtime default if unset.
            type: integer
            format: int64
          runAsNonRoot:
            description: Indicates that the container must run as a non-root user. If true, the Kubelet will validate the image at runtime to ensure that it does not run as UID 0 (root) and fail to start the container if it does.
            type: boolean
          runAsUser:
            description: The UID to run the entrypoint of the container process. Defaults to user specified in image metadata if unspecified.
            type: integer
            format: int64
          seLinuxChangePolicy:
            description: seLinuxChangePolicy defines how the container's SELinux label is applied to all volumes used by the Pod. It has no effect on nodes that do not support SELinux or to volumes does not support SELinux.
            type: string
          seLinuxOptions:
            $ref: '#/definitions/SELinuxOptions'
            description: The SELinux context to be applied to all containers. If unspecified, the container runtime will allocate a random SELinux context for each container.
          seccompProfile:
            $ref: '#/definitions/SeccompProfile'
            description: The seccomp options to use by the containers in this pod. Note that this field cannot be set when spec.os.name is windows.
          supplementalGroups:
            description: A list of groups applied to the first process run in each container, in addition to the container's primary GID and fsGroup (if specified).
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: integer
              format: int64
          supplementalGroupsPolicy:
            description: Defines how supplemental groups of the first container processes are calculated. Valid values are "Merge" and "Strict".
            type: string
          sysctls:
            description: Sysctls hold a list of namespaced sysctls used for the pod. Pods with unsupported sysctls (by the container runtime) might fail to launch.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/Sysctl'
          windowsOptions:
            $ref: '#/definitions/WindowsSecurityContextOptions'
            description: The Windows specific settings applied to all containers. If unspecified, the options within a container's SecurityContext will be used.
      PodSpec:
        description: PodSpec is a description of a pod.
        type: object
        required:
        - containers
        properties:
          activeDeadlineSeconds:
            description: Optional duration in seconds the pod may be active on the node relative to StartTime before the system will actively try to mark it failed and kill associated containers. Value must be a positive integer.
            type: integer
            format: int64
          affinity:
            $ref: '#/definitions/Affinity'
            description: If specified, the pod's scheduling constraints
          automountServiceAccountToken:
            description: AutomountServiceAccountToken indicates whether a service account token should be automatically mounted.
            type: boolean
          containers:
            description: List of containers belonging to the pod. Containers cannot currently be added or removed.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - name
            x-kubernetes-patch-strategy: merge
            x-kubernetes-patch-merge-key: name
            items:
              $ref: '#/definitions/Container'
          dnsConfig:
            $ref: '#/definitions/PodDNSConfig'
            description: Specifies the DNS parameters of a pod. Parameters specified here will be merged to the generated DNS configuration based on DNSPolicy.
          dnsPolicy:
            description: Set DNS policy for the pod. Defaults to "ClusterFirst".
            type: string
          enableServiceLinks:
            description: 'EnableServiceLinks indicates whether information about services should be injected into pod''s environment variables, matching the syntax of Docker links. Optional: Defaults to true.'
            type: boolean
          ephemeralContainers:
            description: List of ephemeral containers run in this pod. Ephemeral containers may be run in an existing pod to perform user-initiated actions such as debugging.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - name
            x-kubernetes-patch-strategy: merge
            x-kubernetes-patch-merge-key: name
            items:
              $ref: '#/definitions/EphemeralContainer'
          hostAliases:
            description: HostAliases is an optional list of hosts and IPs that will be injected into the pod's hosts file if specified.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - ip
            x-kubernetes-patch-strategy: merge
            x-kubernetes-patch-merge-key: ip
            items:
              $ref: '#/definitions/HostAlias'
          hostIPC:
            description: 'Use the host''s ipc namespace. Optional: Default to false.'
            type: boolean
          hostNetwork:
            description: Host networking requested for this pod. Use the host's network namespace.
            type: boolean
          hostPID:
            description: 'Use the host''s pid namespace. Optional: Default to false.'
            type: boolean
          hostUsers:
            description: 'Use the host''s user namespace. Optional: Default to true.'
            type: boolean
          hostname:
            description: Specifies the hostname of the Pod If not specified, the pod's hostname will be set to a system-defined value.
            type: string
          imagePullSecrets:
            description: ImagePullSecrets is an optional list of references to secrets in the same namespace to use for pulling any of the images used by this PodSpec. If specified, these secrets will be passed to individual puller implementations for them to use.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - name
            x-kubernetes-patch-strategy: merge
            x-kubernetes-patch-merge-key: name
            items:
              $ref: '#/definitions/LocalObjectReference'
          initContainers:
            description: List of initialization containers belonging to the pod. Init containers are executed in order prior to containers being started.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - name
            x-kubernetes-patch-strategy: merge
            x-kubernetes-patch-merge-key: name
            items:
              $ref: '#/definitions/Container'
          nodeName:
            description: NodeName indicates in which node this pod is scheduled. If empty, this pod is a candidate for scheduling by the scheduler defined in schedulerName.
            type: string
          nodeSelector:
            description: NodeSelector is a selector which must be true for the pod to fit on a node. Selector which must match a node's labels for the pod to be scheduled on that node.
            type: object
            x-kubernetes-map-type: atomic
            additionalProperties:
              type: string
          os:
            $ref: '#/definitions/PodOS'
            description: Specifies the OS of the containers in the pod. Some pod and container fields are restricted if this is set.
          overhead:
            description: Overhead represents the resource overhead associated with running a pod for a given RuntimeClass. This field will be autopopulated at admission time by the RuntimeClass admission controller.
            type: object
            additionalProperties:
              $ref: '#/definitions/Quantity'
          preemptionPolicy:
            description: PreemptionPolicy is the Policy for preempting pods with lower priority. One of Never, PreemptLowerPriority.
            type: string
          priority:
            description: The priority value. Various system components use this field to find the priority of the pod.
            type: integer
            format: int32
          priorityClassName:
            description: If specified, indicates the pod's priority. "system-node-critical" and "system-cluster-critical" are two special keywords which indicate the highest priorities with the former being the highest priority.
            type: string
          readinessGates:
            description: If specified, all readiness gates will be evaluated for pod readiness.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/PodReadinessGate'
          resourceClaims:
            description: ResourceClaims defines which ResourceClaims must be allocated and reserved before the Pod is allowed to start. The resources will be made available to those containers which consume them by name.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - name
            x-kubernetes-patch-strategy: merge,retainKeys
            x-kubernetes-patch-merge-key: name
            items:
              $ref: '#/definitions/PodResourceClaim'
          resources:
            $ref: '#/definitions/ResourceRequirements'
            description: Resources is the total amount of CPU and Memory resources required by all containers in the pod. It supports specifying Requests and Limits for "cpu" and "memory" resource names only.
          restartPolicy:
            description: Restart policy for all containers within the pod. One of Always, OnFailure, Never.
            type: string
          runtimeClassName:
            description: RuntimeClassName refers to a RuntimeClass object in the node.k8s.io group, which should be used to run this pod. If no RuntimeClass resource matches the named class, the pod will not be run.
            type: string
          schedulerName:
            description: If specified, the pod will be dispatched by specified scheduler. If not specified, the pod will be dispatched by default scheduler.
            type: string
          schedulingGates:
            description: SchedulingGates is an opaque list of values that if specified will block scheduling the pod. If schedulingGates is not empty, the pod will stay in the SchedulingGated state and the scheduler will not attempt to schedule the pod.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - name
            x-kubernetes-patch-strategy: merge
            x-kubernetes-patch-merge-key: name
            items:
              $ref: '#/definitions/PodSchedulingGate'
          securityContext:
            $ref: '#/definitions/PodSecurityContext'
            description: 'SecurityContext holds pod-level security attributes and common container settings. Optional: Defaults to empty.'
          serviceAccount:
            description: 'DeprecatedServiceAccount is a deprecated alias for ServiceAccountName. Deprecated: Use serviceAccountName instead.'
            type: string
          serviceAccountName:
            description: ServiceAccountName is the name of the ServiceAccount to use to run this pod.
            type: string
          setHostnameAsFQDN:
            description: If true the pod's hostname will be configured as the pod's FQDN, rather than the leaf name (the default). In Linux containers, this means setting the FQDN in the hostname field of the kernel (the nodename field of struct utsname).
            type: boolean
          shareProcessNamespace:
            description: Share a single process namespace between all of the containers in a pod. When this is set containers will be able to view and signal processes from other containers in the same pod, and the first process in each container will not be assigned PID 1.
            type: boolean
          subdomain:
            description: If specified, the fully qualified Pod hostname will be "<hostname>.<subdomain>.<pod namespace>.svc.<cluster domain>". If not specified, the pod will not have a domainname at all.
            type: string
          terminationGracePeriodSeconds:
            description: Optional duration in seconds the pod needs to terminate gracefully. May be decreased in delete request.
            type: integer
            format: int64
          tolerations:
            description: If specified, the pod's tolerations.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/Toleration'
          topologySpreadConstraints:
            description: TopologySpreadConstraints describes how a group of pods ought to spread across topology domains. Scheduler will schedule pods in a way which abides by the constraints.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - topologyKey
            - whenUnsatisfiable
            x-kubernetes-patch-strategy: merge
            x-kubernetes-patch-merge-key: topologyKey
            items:
              $ref: '#/definitions/TopologySpreadConstraint'
          volumes:
            description: List of volumes that can be mounted by containers belonging to the pod.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - name
            x-kubernetes-patch-strategy: merge,retainKeys
            x-kubernetes-patch-merge-key: name
            items:
              $ref: '#/definitions/Volume'
      PodStatus:
        description: PodStatus represents information about the status of a pod. Status may trail the actual state of a system, especially if the node that hosts the pod cannot contact the control plane.
        type: object
        properties:
          conditions:
            description: Current service state of pod.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - type
            x-kubernetes-patch-strategy: merge
            x-kubernetes-patch-merge-key: type
            items:
              $ref: '#/definitions/PodCondition'
          containerStatuses:
            description: Statuses of containers in this pod. Each container in the pod should have at most one status in this list, and all statuses should be for containers in the pod.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/ContainerStatus'
          ephemeralContainerStatuses:
            description: Statuses for any ephemeral containers that have run in this pod. Each ephemeral container in the pod should have at most one status in this list, and all statuses should be for containers in the pod.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/ContainerStatus'
          hostIP:
            description: hostIP holds the IP address of the host to which the pod is assigned. Empty if the pod has not started yet.
            type: string
          hostIPs:
            description: hostIPs holds the IP addresses allocated to the host. If this field is specified, the first entry must match the hostIP field.
            type: array
            x-kubernetes-list-type: atomic
            x-kubernetes-patch-strategy: merge
            x-kubernetes-patch-merge-key: ip
            items:
              $ref: '#/definitions/HostIP'
          initContainerStatuses:
            description: Statuses of init containers in this pod. The most recent successful non-restartable init container will have ready = true, the most recently started container will have startTime set.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/ContainerStatus'
          message:
            description: A human readable message indicating details about why the pod is in this condition.
            type: string
          nominatedNodeName:
            description: nominatedNodeName is set only when this pod preempts other pods on the node, but it cannot be scheduled right away as preemption victims receive their graceful termination periods. This field does not guarantee that the pod will be scheduled on this node.
            type: string
          phase:
            description: The phase of a Pod is a simple, high-level summary of where the Pod is in its lifecycle. The conditions array, the reason and message fields, and the individual container status arrays contain more detail about the pod's status.
            type: string
          podIP:
            description: podIP address allocated to the pod. Routable at least within the cluster.
            type: string
          podIPs:
            description: podIPs holds the IP addresses allocated to the pod. If this field is specified, the 0th entry must match the podIP field.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - ip
            x-kubernetes-patch-strategy: merge
            x-kubernetes-patch-merge-key: ip
            items:
              $ref: '#/definitions/PodIP'
          qosClass:
            description: The Quality of Service (QOS) classification assigned to the pod based on resource requirements See PodQOSClass type for available QOS classes
            type: string
          reason:
            description: A brief CamelCase message indicating details about why the pod is in this state. e.g. 'Evicted'
            type: string
          resize:
            description: Status of resources resize desired for pod's containers. It is empty if no resources resize is pending.
            type: string
          resourceClaimStatuses:
            description: Status of resource claims.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - name
            x-kubernetes-patch-strategy: merge,retainKeys
            x-kubernetes-patch-merge-key: name
            items:
              $ref: '#/definitions/PodResourceClaimStatus'
          startTime:
            description: RFC 3339 date and time at which the object was acknowledged by the Kubelet. This is before the Kubelet pulled the container image(s) for the pod.
            type: string
            format: date-time
      PodTemplateSpec:
        description: PodTemplateSpec describes the data a pod should have when created from a template
        type: object
        properties:
          metadata:
            $ref: '#/definitions/ObjectMeta'
            description: Standard object's metadata.
          spec:
            $ref: '#/definitions/PodSpec'
            description: Specification of the desired behavior of the pod.
      PodsMetricSource:
        description: PodsMetricSource indicates how to scale on a metric describing each pod in the current scale target (for example, transactions-processed-per-second). The values will be averaged together before being compared to the target value.
        type: object
        required:
        - metric
        - target
        properties:
          metric:
            $ref: '#/definitions/MetricIdentifier'
            description: metric identifies the target metric by name and selector
          target:
            $ref: '#/definitions/MetricTarget'
            description: target specifies the target value for the given metric
      PodsMetricStatus:
        description: PodsMetricStatus indicates the current value of a metric describing each pod in the current scale target (for example, transactions-processed-per-second).
        type: object
        required:
        - metric
        - current
        properties:
          current:
            $ref: '#/definitions/MetricValueStatus'
            description: current contains the current value for the given metric
          metric:
            $ref: '#/definitions/MetricIdentifier'
            description: metric identifies the target metric by name and selector
      PolicyRule:
        description: PolicyRule holds information that describes a policy rule, but does not contain information about who the rule applies to or which namespace the rule applies to.
        type: object
        required:
        - verbs
        properties:
          apiGroups:
            description: APIGroups is the name of the APIGroup that contains the resources. If multiple API groups are specified, any action requested against one of the enumerated resources in any API group will be allowed.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
          nonResourceURLs:
            description: NonResourceURLs is a set of partial urls that a user should have access to. *s are allowed, but only as the full, final step in the path Since non-resource URLs are not namespaced, this field is only applicable for ClusterRoles referenced from a ClusterRoleBinding.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
          resourceNames:
            description: ResourceNames is an optional white list of names that the rule applies to. An empty set means that everything is allowed.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
          resources:
            description: Resources is a list of resources this rule applies to. '*' represents all resources.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
          verbs:
            description: Verbs is a list of Verbs that apply to ALL the ResourceKinds contained in this rule. '*' represents all verbs.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
      PortStatus:
        description: PortStatus represents the error condition of a service port
        type: object
        required:
        - port
        - protocol
        properties:
          error:
            description: 'Error is to record the problem with the service port The format of the error shall comply with the following rules: - built-in error values shall be specified in this file and those shall use CamelCase names - cloud provider specific error values must have names that comply with the format foo.example.com/CamelCase.'
            type: string
          port:
            description: Port is the port number of the service port of which status is recorded here
            type: integer
            format: int32
          protocol:
            description: 'Protocol is the protocol of the service port of which status is recorded here The supported values are: "TCP", "UDP", "SCTP"'
            type: string
      PortworxVolumeSource:
        description: PortworxVolumeSource represents a Portworx volume resource.
        type: object
        required:
        - volumeID
        properties:
          fsType:
            description: fSType represents the filesystem type to mount Must be a filesystem type supported by the host operating system. Ex. "ext4", "xfs".
            type: string
          readOnly:
            description: readOnly defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.
            type: boolean
          volumeID:
            description: volumeID uniquely identifies a Portworx volume
            type: string
      PreferredSchedulingTerm:
        description: An empty preferred scheduling term matches all objects with implicit weight 0 (i.e. it's a no-op). A null preferred scheduling term matches no objects (i.e. is also a no-op).
        type: object
        required:
        - weight
        - preference
        properties:
          preference:
            $ref: '#/definitions/NodeSelectorTerm'
            description: A node selector term, associated with the corresponding weight.
          weight:
            description: Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
            type: integer
            format: int32
      Probe:
        description: Probe describes a health check to be performed against a container to determine whether it is alive or ready to receive traffic.
        type: object
        properties:
          exec:
            $ref: '#/definitions/ExecAction'
            description: Exec specifies a command to execute in the container.
          failureThreshold:
            description: Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3.
            type: integer
            format: int32
          grpc:
            $ref: '#/definitions/GRPCAction'
            description: GRPC specifies a GRPC HealthCheckRequest.
          httpGet:
            $ref: '#/definitions/HTTPGetAction'
            description: HTTPGet specifies an HTTP GET request to perform.
          initialDelaySeconds:
            description: Number of seconds after the container has started before liveness probes are initiated.
            type: integer
            format: int32
          periodSeconds:
            description: How often (in seconds) to perform the probe. Default to 10 seconds.
            type: integer
            format: int32
          successThreshold:
            description: Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1.
            type: integer
            format: int32
          tcpSocket:
            $ref: '#/definitions/TCPSocketAction'
            description: TCPSocket specifies a connection to a TCP port.
          terminationGracePeriodSeconds:
            description: Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
            type: integer
            format: int64
          timeoutSeconds:
            description: Number of seconds after which the probe times out. Defaults to 1 second.
            type: integer
            format: int32
      ProjectedVolumeSource:
        description: Represents a projected volume source
        type: object
        properties:
          defaultMode:
            description: defaultMode are the mode bits used to set permissions on created files by default. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
            type: integer
            format: int32
          sources:
            description: sources is the list of volume projections. Each entry in this list handles one source.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/VolumeProjection'
      Quantity:
        description: Quantity is a fixed-point representation of a number (e.g. 100m, 1Gi, 0.5). It is serialized as a string or a number.
        x-kubernetes-int-or-string: true
        format: quantity
      QuobyteVolumeSource:
        description: Represents a Quobyte mount that lasts the lifetime of a pod. Quobyte volumes do not support ownership management or SELinux relabeling.
        type: object
        required:
        - registry
        - volume
        properties:
          group:
            description: group to map volume access to Default is no group
            type: string
          readOnly:
            description: readOnly here will force the Quobyte volume to be mounted with read-only permissions. Defaults to false.
            type: boolean
          registry:
            description: registry represents a single or multiple Quobyte Registry services specified as a string as host:port pair (multiple entries are separated with commas) which acts as the central registry for volumes
            type: string
          tenant:
            description: tenant owning the given Quobyte volume in the Backend Used with dynamically provisioned Quobyte volumes, value is set by the plugin
            type: string
          user:
            description: user to map volume access to Defaults to serivceaccount user
            type: string
          volume:
            description: volume is a string that references an already created Quobyte volume by name.
            type: string
      RBDVolumeSource:
        description: Represents a Rados Block Device mount that lasts the lifetime of a pod. RBD volumes support ownership management and SELinux relabeling.
        type: object
        required:
        - monitors
        - image
        properties:
          fsType:
            description: 'fsType is the filesystem type of the volume that you want to mount. Tip: Ensure that the filesystem type is supported by the host operating system.'
            type: string
          image:
            description: image is the rados image name.
            type: string
          keyring:
            description: keyring is the path to key ring for RBDUser. Default is /etc/ceph/keyring.
            type: string
          monitors:
            description: monitors is a collection of Ceph monitors.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
          pool:
            description: pool is the rados pool name. Default is rbd.
            type: string
          readOnly:
            description: readOnly here will force the ReadOnly setting in VolumeMounts. Defaults to false.
            type: boolean
          secretRef:
            $ref: '#/definitions/LocalObjectReference'
            description: secretRef is name of the authentication secret for RBDUser. If provided overrides keyring.
          user:
            description: user is the rados user name. Default is admin.
            type: string
      ReplicaSetCondition:
        description: ReplicaSetCondition describes the state of a replica set at a certain point.
        type: object
        required:
        - type
        - status
        properties:
          lastTransitionTime:
            description: The last time the condition transitioned from one status to another.
            type: string
            format: date-time
          message:
            description: A human readable message indicating details about the transition.
            type: string
          reason:
            description: The reason for the condition's last transition.
            type: string
          status:
            description: Status of the condition, one of True, False, Unknown.
            type: string
          type:
            description: Type of replica set condition.
            type: string
      ReplicaSetSpec:
        description: ReplicaSetSpec is the specification of a ReplicaSet.
        type: object
        required:
        - selector
        properties:
          minReadySeconds:
            description: Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)
            type: integer
            format: int32
          replicas:
            description: Replicas is the number of desired replicas. This is a pointer to distinguish between explicit zero and unspecified.
            type: integer
            format: int32
          selector:
            $ref: '#/definitions/LabelSelector'
            description: Selector is a label query over pods that should match the replica count. Label keys and values that must match in order to be controlled by this replica set.
          template:
            $ref: '#/definitions/PodTemplateSpec'
            description: Template is the object that describes the pod that will be created if insufficient replicas are detected.
      ReplicaSetStatus:
        description: ReplicaSetStatus represents the current status of a ReplicaSet.
        type: object
        required:
        - replicas
        properties:
          availableReplicas:
            description: The number of available replicas (ready for at least minReadySeconds) for this replica set.
            type: integer
            format: int32
          conditions:
            description: Represents the latest available observations of a replica set's current state.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - type
            x-kubernetes-patch-strategy: merge
            x-kubernetes-patch-merge-key: type
            items:
              $ref: '#/definitions/ReplicaSetCondition'
          fullyLabeledReplicas:
            description: The number of pods that have labels matching the labels of the pod template of the replicaset.
            type: integer
            format: int32
          observedGeneration:
            description: ObservedGeneration reflects the generation of the most recently observed ReplicaSet.
            type: integer
            format: int64
          readyReplicas:
            description: readyReplicas is the number of pods targeted by this ReplicaSet with a Ready Condition.
            type: integer
            format: int32
          replicas:
            description: Replicas is the most recently observed number of replicas.
            type: integer
            format: int32
      ResourceClaim:
        description: ResourceClaim references one entry in PodSpec.ResourceClaims.
        type: object
        required:
        - name
        properties:
          name:
            description: Name must match the name of one entry in pod.spec.resourceClaims of the Pod where this field is used. It makes that resource available inside a container.
            type: string
          request:
            description: Request is the name chosen for a request in the referenced claim. If empty, everything from the claim is made available, otherwise only the result of this request.
            type: string
      ResourceFieldSelector:
        description: ResourceFieldSelector represents container resources (cpu, memory) and their output format
        type: object
        required:
        - resource
        x-kubernetes-map-type: atomic
        properties:
          containerName:
            description: 'Container name: required for volumes, optional for env vars'
            type: string
          divisor:
            $ref: '#/definitions/Quantity'
            description: Specifies the output format of the exposed resources, defaults to "1"
          resource:
            description: 'Required: resource to select'
            type: string
      ResourceHealth:
        description: ResourceHealth represents the health of a resource. It has the latest device health information.
        type: object
        required:
        - resourceID
        properties:
          health:
            description: 'Health of the resource. can be one of: - Healthy: operates as normal - Unhealthy: reported unhealthy.'
            type: string
          resourceID:
            description: ResourceID is the unique identifier of the resource. See the ResourceID type for more information.
            type: string
      ResourceMetricSource:
        description: ResourceMetricSource indicates how to scale on a resource metric known to Kubernetes, as specified in requests and limits, describing each pod in the current scale target (e.g. CPU or memory).
        type: object
        required:
        - name
        - target
        properties:
          name:
            description: name is the name of the resource in question.
            type: string
          target:
            $ref: '#/definitions/MetricTarget'
            description: target specifies the target value for the given metric
      ResourceMetricStatus:
        description: ResourceMetricStatus indicates the current value of a resource metric known to Kubernetes, as specified in requests and limits, describing each pod in the current scale target (e.g. CPU or memory).
        type: object
        required:
        - name
        - current
        properties:
          current:
            $ref: '#/definitions/MetricValueStatus'
            description: current contains the current value for the given metric
          name:
            description: name is the name of the resource in question.
            type: string
      ResourceRequirements:
        description: ResourceRequirements describes the compute resource requirements.
        type: object
        properties:
          claims:
            description: Claims lists the names of resources, defined in spec.resourceClaims, that are used by this container.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - name
            items:
              $ref: '#/definitions/ResourceClaim'
          limits:
            description: Limits describes the maximum amount of compute resources allowed.
            type: object
            additionalProperties:
              $ref: '#/definitions/Quantity'
          requests:
            description: Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value.
            type: object
            additionalProperties:
              $ref: '#/definitions/Quantity'
      ResourceStatus:
        description: ResourceStatus represents the status of a single resource allocated to a Pod.
        type: object
        required:
        - name
        properties:
          name:
            description: Name of the resource. Must be unique within the pod and in case of non-DRA resource, match one of the resources from the pod spec.
            type: string
          resources:
            description: List of unique resources health. Each element in the list contains an unique resource ID and its health.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - resourceID
            items:
              $ref: '#/definitions/ResourceHealth'
      RoleRef:
        description: RoleRef contains information that points to the role being used
        type: object
        required:
        - apiGroup
        - kind
        - name
        x-kubernetes-map-type: atomic
        properties:
          apiGroup:
            description: APIGroup is the group for the resource being referenced
            type: string
          kind:
            description: Kind is the type of resource being referenced
            type: string
          name:
            description: Name is the name of resource being referenced
            type: string
      RollingUpdateDaemonSet:
        description: Spec to control the desired behavior of daemon set rolling update.
        type: object
        properties:
          maxSurge:
            $ref: '#/definitions/IntOrString'
            description: 'The maximum number of nodes with an existing available DaemonSet pod that can have an updated DaemonSet pod during during an update. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%).'
          maxUnavailable:
            $ref: '#/definitions/IntOrString'
            description: 'The maximum number of DaemonSet pods that can be unavailable during the update. Value can be an absolute number (ex: 5) or a percentage of total number of DaemonSet pods at the start of the update (ex: 10%).'
      RollingUpdateDeployment:
        description: Spec to control the desired behavior of rolling update.
        type: object
        properties:
          maxSurge:
            $ref: '#/definitions/IntOrString'
            description: 'The maximum number of pods that can be scheduled above the desired number of pods. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%).'
          maxUnavailable:
            $ref: '#/definitions/IntOrString'
            description: 'The maximum number of pods that can be unavailable during the update. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%).'
      RollingUpdateStatefulSetStrategy:
        description: RollingUpdateStatefulSetStrategy is used to communicate parameter for RollingUpdateStatefulSetStrategyType.
        type: object
        properties:
          maxUnavailable:
            $ref: '#/definitions/IntOrString'
            description: 'The maximum number of pods that can be unavailable during the update. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%).'
          partition:
            description: Partition indicates the ordinal at which the StatefulSet should be partitioned for updates. During a rolling update, all pods from ordinal Replicas-1 to Partition are updated.
            type: integer
            format: int32
      SELinuxOptions:
        description: SELinuxOptions are the labels to be applied to the container
        type: object
        properties:
          level:
            description: Level is SELinux level label that applies to the container.
            type: string
          role:
            description: Role is a SELinux role label that applies to the container.
            type: string
          type:
            description: Type is a SELinux type label that applies to the container.
            type: string
          user:
            description: User is a SELinux user label that applies to the container.
            type: string
      ScaleIOVolumeSource:
        description: ScaleIOVolumeSource represents a persistent ScaleIO volume
        type: object
        required:
        - gateway
        - system
        - secretRef
        properties:
          fsType:
            description: fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system.
            type: string
          gateway:
            description: gateway is the host address of the ScaleIO API Gateway.
            type: string
          protectionDomain:
            description: protectionDomain is the name of the ScaleIO Protection Domain for the configured storage.
            type: string
          readOnly:
            description: readOnly Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.
            type: boolean
          secretRef:
            $ref: '#/definitions/LocalObjectReference'
            description: secretRef references to the secret for ScaleIO user and other sensitive information. If this is not provided, Login operation will fail.
          sslEnabled:
            description: sslEnabled Flag enable/disable SSL communication with Gateway, default false
            type: boolean
          storageMode:
            description: storageMode indicates whether the storage for a volume should be ThickProvisioned or ThinProvisioned. Default is ThinProvisioned.
            type: string
          storagePool:
            description: storagePool is the ScaleIO Storage Pool associated with the protection domain.
            type: string
          system:
            description: system is the name of the storage system as configured in ScaleIO.
            type: string
          volumeName:
            description: volumeName is the name of a volume already created in the ScaleIO system that is associated with this volume source.
            type: string
      ScaleSpec:
        description: ScaleSpec describes the attributes of a scale subresource.
        type: object
        properties:
          replicas:
            description: replicas is the desired number of instances for the scaled object.
            type: integer
            format: int32
      ScaleStatus:
        description: ScaleStatus represents the current status of a scale subresource.
        type: object
        required:
        - replicas
        properties:
          replicas:
            description: replicas is the actual number of observed instances of the scaled object.
            type: integer
            format: int32
          selector:
            description: selector is the label query over pods that should match the replicas count. This is same as the label selector but in the string format to avoid introspection by clients.
            type: string
      SeccompProfile:
        description: SeccompProfile defines a pod/container's seccomp profile settings. Only one profile source may be set.
        type: object
        required:
        - type
        x-kubernetes-unions:
        - discriminator: type
          fields-to-discriminateBy:
            localhostProfile: LocalhostProfile
        properties:
          localhostProfile:
            description: localhostProfile indicates a profile defined in a file on the node should be used. The profile must be preconfigured on the node to work.
            type: string
          type:
            description: type indicates which kind of seccomp profile will be applied. Valid options are.
            type: string
      SecretEnvSource:
        description: SecretEnvSource selects a Secret to populate the environment variables with.
        type: object
        properties:
          name:
            description: Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty.
            type: string
          optional:
            description: Specify whether the Secret must be defined
            type: boolean
      SecretKeySelector:
        description: SecretKeySelector selects a key of a Secret.
        type: object
        required:
        - key
        x-kubernetes-map-type: atomic
        properties:
          key:
            description: The key of the secret to select from. Must be a valid secret key.
            type: string
          name:
            description: Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty.
            type: string
          optional:
            description: Specify whether the Secret or its key must be defined
            type: boolean
      SecretProjection:
        description: Adapts a secret into a projected volume.
        type: object
        properties:
          items:
            description: items if unspecified, each key-value pair in the Data field of the referenced Secret will be projected into the volume as a file whose name is the key and content is the value.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/KeyToPath'
          name:
            description: Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty.
            type: string
          optional:
            description: optional field specify whether the Secret or its key must be defined
            type: boolean
      SecretVolumeSource:
        description: Adapts a Secret into a volume.
        type: object
        properties:
          defaultMode:
            description: 'defaultMode is Optional: mode bits used to set permissions on created files by default. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.'
            type: integer
            format: int32
          items:
            description: items If unspecified, each key-value pair in the Data field of the referenced Secret will be projected into the volume as a file whose name is the key and content is the value.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/KeyToPath'
          optional:
            description: optional field specify whether the Secret or its keys must be defined
            type: boolean
          secretName:
            description: secretName is the name of the secret in the pod's namespace to use.
            type: string
      SecurityContext:
        description: SecurityContext holds security configuration that will be applied to a container. Some fields are present in both SecurityContext and PodSecurityContext.
        type: object
        properties:
          allowPrivilegeEscalation:
            description: AllowPrivilegeEscalation controls whether a process can gain more privileges than its parent process. This bool directly controls if the no_new_privs flag will be set on the container process.
            type: boolean
          appArmorProfile:
            $ref: '#/definitions/AppArmorProfile'
            description: appArmorProfile is the AppArmor options to use by this container. If set, this profile overrides the pod's appArmorProfile.
          capabilities:
            $ref: '#/definitions/Capabilities'
            description: The capabilities to add/drop when running containers. Defaults to the default set of capabilities granted by the container runtime.
          privileged:
            description: Run container in privileged mode. Processes in privileged containers are essentially equivalent to root on the host.
            type: boolean
          procMount:
            description: procMount denotes the type of proc mount to use for the containers. The default value is Default which uses the container runtime defaults for readonly paths and masked paths.
            type: string
          readOnlyRootFilesystem:
            description: Whether this container has a read-only root filesystem. Default is false.
            type: boolean
          runAsGroup:
            description: The GID to run the entrypoint of the container process. Uses runtime default if unset.
            type: integer
            format: int64
          runAsNonRoot:
            description: Indicates that the container must run as a non-root user. If true, the Kubelet will validate the image at runtime to ensure that it does not run as UID 0 (root) and fail to start the container if it does.
            type: boolean
          runAsUser:
            description: The UID to run the entrypoint of the container process. Defaults to user specified in image metadata if unspecified.
            type: integer
            format: int64
          seLinuxOptions:
            $ref: '#/definitions/SELinuxOptions'
            description: The SELinux context to be applied to the container. If unspecified, the container runtime will allocate a random SELinux context for each container.
          seccompProfile:
            $ref: '#/definitions/SeccompProfile'
            description: The seccomp options to use by this container. If seccomp options are provided at both the pod & container level, the container options override the pod options.
          windowsOptions:
            $ref: '#/definitions/WindowsSecurityContextOptions'
            description: The Windows specific settings applied to all containers. If unspecified, the options from the PodSecurityContext will be used.
      SelectableField:
        description: SelectableField specifies the JSON path of a field that may be used with field selectors.
        type: object
        required:
        - jsonPath
        properties:
          jsonPath:
            description: jsonPath is a simple JSON path which is evaluated against each custom resource to produce a field selector value. Only JSON paths without the array notation are allowed.
            type: string
      ServiceAccountTokenProjection:
        description: ServiceAccountTokenProjection represents a projected service account token volume. This projection can be used to insert a service account token into the pods runtime filesystem for use against APIs (Kubernetes API Server or otherwise).
        type: object
        required:
        - path
        properties:
          audience:
            description: audience is the intended audience of the token. A recipient of a token must identify itself with an identifier specified in the audience of the token, and otherwise should reject the token.
            type: string
          expirationSeconds:
            description: expirationSeconds is the requested duration of validity of the service account token. As the token approaches expiration, the kubelet volume plugin will proactively rotate the service account token.
            type: integer
            format: int64
          path:
            description: path is the path relative to the mount point of the file to project the token into.
            type: string
      ServiceBackendPort:
        description: ServiceBackendPort is the service port being referenced.
        type: object
        x-kubernetes-map-type: atomic
        properties:
          name:
            description: name is the name of the port on the Service. This is a mutually exclusive setting with "Number".
            type: string
          number:
            description: number is the numerical port number (e.g. 80) on the Service. This is a mutually exclusive setting with "Name".
            type: integer
            format: int32
      ServicePort:
        description: ServicePort contains information on service's port.
        type: object
        required:
        - port
        properties:
          appProtocol:
            description: The application protocol for this port. This is used as a hint for implementations to offer richer behavior for protocols that they understand.
            type: string
          name:
            description: The name of this port within the service. This must be a DNS_LABEL.
            type: string
          nodePort:
            description: The port on each node on which this service is exposed when type is NodePort or LoadBalancer. Usually assigned by the system.
            type: integer
            format: int32
          port:
            description: The port that will be exposed by this service.
            type: integer
            format: int32
          protocol:
            description: The IP protocol for this port. Supports "TCP", "UDP", and "SCTP".
            type: string
            default: TCP
          targetPort:
            $ref: '#/definitions/IntOrString'
            description: Number or name of the port to access on the pods targeted by the service. Number must be in the range 1 to 65535.
      ServiceReference:
        description: ServiceReference holds a reference to Service.legacy.k8s.io
        type: object
        required:
        - namespace
        - name
        properties:
          name:
            description: name is the name of the service. Required
            type: string
          namespace:
            description: namespace is the namespace of the service. Required
            type: string
          path:
            description: path is an optional URL path at which the webhook will be contacted.
            type: string
          port:
            description: port is an optional service port at which the webhook will be contacted. `port` should be a valid port number (1-65535, inclusive).
            type: integer
            format: int32
      ServiceSpec:
        description: ServiceSpec describes the attributes that a user creates on a service.
        type: object
        properties:
          allocateLoadBalancerNodePorts:
            description: allocateLoadBalancerNodePorts defines if NodePorts will be automatically allocated for services with type LoadBalancer. Default is "true".
            type: boolean
          clusterIP:
            description: clusterIP is the IP address of the service and is usually assigned randomly. If an address is specified manually, is in-range (as per system configuration), and is not in use, it will be allocated to the service; otherwise creation of the service will fail.
            type: string
          clusterIPs:
            description: ClusterIPs is a list of IP addresses assigned to this service, and are usually assigned randomly.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
          externalIPs:
            description: externalIPs is a list of IP addresses for which nodes in the cluster will also accept traffic for this service. These IPs are not managed by Kubernetes.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
          externalName:
            description: externalName is the external reference that discovery mechanisms will return as an alias for this service (e.g. a DNS CNAME record). No proxying will be involved.
            type: string
          externalTrafficPolicy:
            description: externalTrafficPolicy describes how nodes distribute service traffic they receive on one of the Service's "externally-facing" addresses (NodePorts, ExternalIPs, and LoadBalancer IPs).
            type: string
          healthCheckNodePort:
            description: healthCheckNodePort specifies the healthcheck nodePort for the service. This only applies when type is set to LoadBalancer and externalTrafficPolicy is set to Local.
            type: integer
            format: int32
          internalTrafficPolicy:
            description: InternalTrafficPolicy describes how nodes distribute service traffic they receive on the ClusterIP.
            type: string
          ipFamilies:
            description: IPFamilies is a list of IP families (e.g. IPv4, IPv6) assigned to this service. This field is usually assigned automatically based on cluster configuration and the ipFamilyPolicy field.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
          ipFamilyPolicy:
            description: IPFamilyPolicy represents the dual-stack-ness requested or required by this Service. If there is no value provided, then this field will be set to SingleStack.
            type: string
          loadBalancerClass:
            description: loadBalancerClass is the class of the load balancer implementation this Service belongs to. If specified, the value of this field must be a label-style identifier, with an optional prefix, e.g. "internal-vip" or "example.com/internal-vip".
            type: string
          loadBalancerIP:
            description: 'Only applies to Service Type: LoadBalancer. This feature depends on whether the underlying cloud-provider supports specifying the loadBalancerIP when a load balancer is created.'
            type: string
          loadBalancerSourceRanges:
            description: If specified and supported by the platform, this will restrict traffic through the cloud-provider load-balancer will be restricted to the specified client IPs.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
          ports:
            description: The list of ports that are exposed by this service.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - port
            - protocol
            x-kubernetes-patch-strategy: merge
            x-kubernetes-patch-merge-key: port
            items:
              $ref: '#/definitions/ServicePort'
          publishNotReadyAddresses:
            description: publishNotReadyAddresses indicates that any agent which deals with endpoints for this Service should disregard any indications of ready/not-ready.
            type: boolean
          selector:
            description: Route service traffic to pods with label keys and values matching this selector. If empty or not present, the service is assumed to have an external process managing its endpoints, which Kubernetes will not modify.
            type: object
            x-kubernetes-map-type: atomic
            additionalProperties:
              type: string
          sessionAffinity:
            description: Supports "ClientIP" and "None". Used to maintain session affinity.
            type: string
          sessionAffinityConfig:
            $ref: '#/definitions/SessionAffinityConfig'
            description: sessionAffinityConfig contains the configurations of session affinity.
          trafficDistribution:
            description: TrafficDistribution offers a way to express preferences for how traffic is distributed to Service endpoints. Implementations can use this field as a hint, but are not required to guarantee strict adherence.
            type: string
          type:
            description: type determines how the Service is exposed. Defaults to ClusterIP.
            type: string
            enum:
            - ClusterIP
            - ExternalName
            - LoadBalancer
            - NodePort
      ServiceStatus:
        description: ServiceStatus represents the current status of a service.
        type: object
        properties:
          conditions:
            description: Current service state
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - type
            x-kubernetes-patch-strategy: merge
            x-kubernetes-patch-merge-key: type
            items:
              $ref: '#/definitions/Condition'
          loadBalancer:
            $ref: '#/definitions/LoadBalancerStatus'
            description: LoadBalancer contains the current status of the load-balancer, if one is present.
      SessionAffinityConfig:
        description: SessionAffinityConfig represents the configurations of session affinity.
        type: object
        properties:
          clientIP:
            $ref: '#/definitions/ClientIPConfig'
            description: clientIP contains the configurations of Client IP based session affinity.
      SleepAction:
        description: SleepAction describes a "sleep" action.
        type: object
        required:
        - seconds
        properties:
          seconds:
            description: Seconds is the number of seconds to sleep.
            type: integer
            format: int64
      StatefulSetCondition:
        description: StatefulSetCondition describes the state of a statefulset at a certain point.
        type: object
        required:
        - type
        - status
        properties:
          lastTransitionTime:
            description: Last time the condition transitioned from one status to another.
            type: string
            format: date-time
          message:
            description: A human readable message indicating details about the transition.
            type: string
          reason:
            description: The reason for the condition's last transition.
            type: string
          status:
            description: Status of the condition, one of True, False, Unknown.
            type: string
          type:
            description: Type of statefulset condition.
            type: string
      StatefulSetOrdinals:
        description: StatefulSetOrdinals describes the policy used for replica ordinal assignment in this StatefulSet.
        type: object
        properties:
          start:
            description: 'start is the number representing the first replica''s index. It may be used to number replicas from an alternate index (eg: 1-indexed) over the default 0-indexed names, or to orchestrate progressive movement of replicas from one StatefulSet to another.'
            type: integer
            format: int32
      StatefulSetPersistentVolumeClaimRetentionPolicy:
        description: StatefulSetPersistentVolumeClaimRetentionPolicy describes the policy used for PVCs created from the StatefulSet VolumeClaimTemplates.
        type: object
        properties:
          whenDeleted:
            description: WhenDeleted specifies what happens to PVCs created from StatefulSet VolumeClaimTemplates when the StatefulSet is deleted. The default policy of `Retain` causes PVCs to not be affected by StatefulSet deletion.
            type: string
          whenScaled:
            description: WhenScaled specifies what happens to PVCs created from StatefulSet VolumeClaimTemplates when the StatefulSet is scaled down. The default policy of `Retain` causes PVCs to not be affected by a scaledown.
            type: string
      StatefulSetSpec:
        description: A StatefulSetSpec is the specification of a StatefulSet.
        type: object
        required:
        - selector
        - template
        - serviceName
        properties:
          minReadySeconds:
            description: Minimum number of seconds for which a newly created pod should be ready without any of its container crashing for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)
            type: integer
            format: int32
          ordinals:
            $ref: '#/definitions/StatefulSetOrdinals'
            description: ordinals controls the numbering of replica indices in a StatefulSet. The default ordinals behavior assigns a "0" index to the first replica and increments the index by one for each additional replica requested.
          persistentVolumeClaimRetentionPolicy:
            $ref: '#/definitions/StatefulSetPersistentVolumeClaimRetentionPolicy'
            description: persistentVolumeClaimRetentionPolicy describes the lifecycle of persistent volume claims created from volumeClaimTemplates. By default, all persistent volume claims are created as needed and retained until manually deleted.
          podManagementPolicy:
            description: podManagementPolicy controls how pods are created during initial scale up, when replacing pods on nodes, or when scaling down.
            type: string
            enum:
            - OrderedReady
            - Parallel
          replicas:
            description: replicas is the desired number of replicas of the given Template. These are replicas in the sense that they are instantiations of the same Template, but individual replicas also have a consistent identity.
            type: integer
            format: int32
          revisionHistoryLimit:
            description: revisionHistoryLimit is the maximum number of revisions that will be maintained in the StatefulSet's revision history. The revision history consists of all revisions not represented by a currently applied StatefulSetSpec version.
            type: integer
            format: int32
          selector:
            $ref: '#/definitions/LabelSelector'
            description: selector is a label query over pods that should match the replica count. It must match the pod template's labels.
          serviceName:
            description: serviceName is the name of the service that governs this StatefulSet. This service must exist before the StatefulSet, and is responsible for the network identity of the set.
            type: string
          template:
            $ref: '#/definitions/PodTemplateSpec'
            description: template is the object that describes the pod that will be created if insufficient replicas are detected. Each pod stamped out by the StatefulSet will fulfill this Template, but have a unique identity from the rest of the StatefulSet.
          updateStrategy:
            $ref: '#/definitions/StatefulSetUpdateStrategy'
            description: updateStrategy indicates the StatefulSetUpdateStrategy that will be employed to update Pods in the StatefulSet when a revision is made to Template.
          volumeClaimTemplates:
            description: volumeClaimTemplates is a list of claims that pods are allowed to reference. The StatefulSet controller is responsible for mapping network identities to claims in a way that maintains the identity of a pod.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/PersistentVolumeClaim'
      StatefulSetStatus:
        description: StatefulSetStatus represents the current state of a StatefulSet.
        type: object
        required:
        - replicas
        properties:
          availableReplicas:
            description: Total number of available pods (ready for at least minReadySeconds) targeted by this statefulset.
            type: integer
            format: int32
          collisionCount:
            description: collisionCount is the count of hash collisions for the StatefulSet. The StatefulSet controller uses this field as a collision avoidance mechanism when it needs to create the name for the newest ControllerRevision.
            type: integer
            format: int32
          conditions:
            description: Represents the latest available observations of a statefulset's current state.
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - type
            x-kubernetes-patch-strategy: merge
            x-kubernetes-patch-merge-key: type
            items:
              $ref: '#/definitions/StatefulSetCondition'
          currentReplicas:
            description: currentReplicas is the number of Pods created by the StatefulSet controller from the StatefulSet version indicated by currentRevision.
            type: integer
            format: int32
          currentRevision:
            description: currentRevision, if not empty, indicates the version of the StatefulSet used to generate Pods in the sequence [0,currentReplicas).
            type: string
          observedGeneration:
            description: observedGeneration is the most recent generation observed for this StatefulSet. It corresponds to the StatefulSet's generation, which is updated on mutation by the API Server.
            type: integer
            format: int64
          readyReplicas:
            description: readyReplicas is the number of pods created for this StatefulSet with a Ready Condition.
            type: integer
            format: int32
          replicas:
            description: replicas is the number of Pods created by the StatefulSet controller.
            type: integer
            format: int32
          updateRevision:
            description: updateRevision, if not empty, indicates the version of the StatefulSet used to generate Pods in the sequence [replicas-updatedReplicas,replicas)
            type: string
          updatedReplicas:
            description: updatedReplicas is the number of Pods created by the StatefulSet controller from the StatefulSet version indicated by updateRevision.
            type: integer
            format: int32
      StatefulSetUpdateStrategy:
        description: StatefulSetUpdateStrategy indicates the strategy that the StatefulSet controller will use to perform updates. It includes any additional parameters necessary to perform the update for the indicated strategy.
        type: object
        properties:
          rollingUpdate:
            $ref: '#/definitions/RollingUpdateStatefulSetStrategy'
            description: RollingUpdate is used to communicate parameters when Type is RollingUpdateStatefulSetStrategyType.
          type:
            description: Type indicates the type of the StatefulSetUpdateStrategy. Default is RollingUpdate.
            type: string
            enum:
            - OnDelete
            - RollingUpdate
      StorageOSVolumeSource:
        description: Represents a StorageOS persistent volume resource.
        type: object
        properties:
          fsType:
            description: fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system.
            type: string
          readOnly:
            description: readOnly defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.
            type: boolean
          secretRef:
            $ref: '#/definitions/LocalObjectReference'
            description: secretRef specifies the secret to use for obtaining the StorageOS API credentials. If not specified, default values will be attempted.
          volumeName:
            description: volumeName is the human-readable name of the StorageOS volume. Volume names are only unique within a namespace.
            type: string
          volumeNamespace:
            description: volumeNamespace specifies the scope of the volume within StorageOS. If no namespace is specified then the Pod's namespace will be used.
            type: string
      Subject:
        description: Subject contains a reference to the object or user identities a role binding applies to. This can either hold a direct API object reference, or a value for non-objects such as user and group names.
        type: object
        required:
        - kind
        - name
        x-kubernetes-map-type: atomic
        properties:
          apiGroup:
            description: APIGroup holds the API group of the referenced subject. Defaults to "" for ServiceAccount subjects.
            type: string
          kind:
            description: Kind of object being referenced. Values defined by this API group are "User", "Group", and "ServiceAccount".
            type: string
          name:
            description: Name of the object being referenced.
            type: string
          namespace:
            description: Namespace of the referenced object. If the object kind is non-namespace, such as "User" or "Group", and this value is not empty the Authorizer should report an error.
            type: string
      SuccessPolicy:
        description: SuccessPolicy describes when a Job can be declared as succeeded based on the success of some indexes.
        type: object
        required:
        - rules
        properties:
          rules:
            description: rules represents the list of alternative rules for the declaring the Jobs as successful before `.status.succeeded >= .spec.completions`. Once any of the rules are met, the "SucceededCriteriaMet" condition is added, and the lingering pods are removed.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/SuccessPolicyRule'
      SuccessPolicyRule:
        description: SuccessPolicyRule describes rule for declaring a Job as succeeded. Each rule must have at least one of the "succeededIndexes" or "succeededCount" specified.
        type: object
        properties:
          succeededCount:
            description: succeededCount specifies the minimal required size of the actual set of the succeeded indexes for the Job. When succeededCount is used along with succeededIndexes, the check is constrained only to the set of indexes specified by succeededIndexes.
            type: integer
            format: int32
          succeededIndexes:
            description: succeededIndexes specifies the set of indexes which need to be contained in the actual set of the succeeded indexes for the Job. The list of indexes must be within 0 to ".spec.completions-1" and must not contain duplicates.
            type: string
      Sysctl:
        description: Sysctl defines a kernel parameter to be set
        type: object
        required:
        - name
        - value
        properties:
          name:
            description: Name of a property to set
            type: string
          value:
            description: Value of a property to set
            type: string
      TCPSocketAction:
        description: TCPSocketAction describes an action based on opening a socket
        type: object
        required:
        - port
        properties:
          host:
            description: 'Optional: Host name to connect to, defaults to the pod IP.'
            type: string
          port:
            $ref: '#/definitions/IntOrString'
            description: Number or name of the port to access on the container. Number must be in the range 1 to 65535.
      Toleration:
        description: The pod this Toleration is attached to tolerates any taint that matches the triple <key,value,effect> using the matching operator <operator>.
        type: object
        properties:
          effect:
            description: Effect indicates the taint effect to match. Empty means match all taint effects.
            type: string
          key:
            description: Key is the taint key that the toleration applies to. Empty means match all taint keys.
            type: string
          operator:
            description: Operator represents a key's relationship to the value. Valid operators are Exists and Equal.
            type: string
          tolerationSeconds:
            description: TolerationSeconds represents the period of time the toleration (which must be of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default, it is not set, which means tolerate the taint forever (do not evict).
            type: integer
            format: int64
          value:
            description: Value is the taint value the toleration matches to. If the operator is Exists, the value should be empty, otherwise just a regular string.
            type: string
      TopologySpreadConstraint:
        description: TopologySpreadConstraint specifies how to spread matching pods among the given topology.
        type: object
        required:
        - maxSkew
        - topologyKey
        - whenUnsatisfiable
        properties:
          labelSelector:
            $ref: '#/definitions/LabelSelector'
            description: LabelSelector is used to find matching pods. Pods that match this label selector are counted to determine the number of pods in their corresponding topology domain.
          matchLabelKeys:
            description: MatchLabelKeys is a set of pod label keys to select the pods over which spreading will be calculated.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
          maxSkew:
            description: MaxSkew describes the degree to which pods may be unevenly distributed. When `whenUnsatisfiable=DoNotSchedule`, it is the maximum permitted difference between the number of matching pods in the target topology and the global minimum.
            type: integer
            format: int32
          minDomains:
            description: MinDomains indicates a minimum number of eligible domains. When the number of eligible domains with matching topology keys is less than minDomains, Pod Topology Spread treats "global minimum" as 0, and then the calculation of Skew is performed.
            type: integer
            format: int32
          nodeAffinityPolicy:
            description: NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector when calculating pod topology spread skew.
            type: string
          nodeTaintsPolicy:
            description: NodeTaintsPolicy indicates how we will treat node taints when calculating pod topology spread skew.
            type: string
          topologyKey:
            description: TopologyKey is the key of node labels. Nodes that have a label with this key and identical values are considered to be in the same topology.
            type: string
          whenUnsatisfiable:
            description: WhenUnsatisfiable indicates how to deal with a pod if it doesn't satisfy the spread constraint. - DoNotSchedule (default) tells the scheduler not to schedule it. - ScheduleAnyway tells the scheduler to schedule the pod in any location, but giving higher precedence to topologies that would help reduce the skew.
            type: string
      TypedLocalObjectReference:
        description: TypedLocalObjectReference contains enough information to let you locate the typed referenced object inside the same namespace.
        type: object
        required:
        - kind
        - name
        x-kubernetes-map-type: atomic
        properties:
          apiGroup:
            description: APIGroup is the group for the resource being referenced. If APIGroup is not specified, the specified Kind must be in the core API group.
            type: string
          kind:
            description: Kind is the type of resource being referenced
            type: string
          name:
            description: Name is the name of resource being referenced
            type: string
      TypedObjectReference:
        description: TypedObjectReference contains enough information to let you locate the typed referenced object
        type: object
        required:
        - kind
        - name
        properties:
          apiGroup:
            description: APIGroup is the group for the resource being referenced. If APIGroup is not specified, the specified Kind must be in the core API group.
            type: string
          kind:
            description: Kind is the type of resource being referenced
            type: string
          name:
            description: Name is the name of resource being referenced
            type: string
          namespace:
            description: Namespace is the namespace of resource being referenced Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference.
            type: string
      UncountedTerminatedPods:
        description: UncountedTerminatedPods holds UIDs of Pods that have terminated but haven't been accounted in Job status counters.
        type: object
        properties:
          failed:
            description: failed holds UIDs of failed Pods.
            type: array
            x-kubernetes-list-type: set
            items:
              type: string
          succeeded:
            description: succeeded holds UIDs of succeeded Pods.
            type: array
            x-kubernetes-list-type: set
            items:
              type: string
      Volume:
        description: Volume represents a named volume in a pod that may be accessed by any container in the pod.
        type: object
        required:
        - name
        properties:
          awsElasticBlockStore:
            $ref: '#/definitions/AWSElasticBlockStoreVolumeSource'
            description: 'awsElasticBlockStore represents an AWS Disk resource that is attached to a kubelet''s host machine and then exposed to the pod. Deprecated: AWSElasticBlockStore is deprecated.'
          azureDisk:
            $ref: '#/definitions/AzureDiskVolumeSource'
            description: 'azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod. Deprecated: AzureDisk is deprecated.'
          azureFile:
            $ref: '#/definitions/AzureFileVolumeSource'
            description: 'azureFile represents an Azure File Service mount on the host and bind mount to the pod. Deprecated: AzureFile is deprecated.'
          cephfs:
            $ref: '#/definitions/CephFSVolumeSource'
            description: 'cephFS represents a Ceph FS mount on the host that shares a pod''s lifetime. Deprecated: CephFS is deprecated and the in-tree cephfs type is no longer supported.'
          cinder:
            $ref: '#/definitions/CinderVolumeSource'
            description: 'cinder represents a cinder volume attached and mounted on kubelets host machine. Deprecated: Cinder is deprecated.'
          configMap:
            $ref: '#/definitions/ConfigMapVolumeSource'
            description: configMap represents a configMap that should populate this volume
          csi:
            $ref: '#/definitions/CSIVolumeSource'
            description: csi (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers.
          downwardAPI:
            $ref: '#/definitions/DownwardAPIVolumeSource'
            description: downwardAPI represents downward API about the pod that should populate this volume
          emptyDir:
            $ref: '#/definitions/EmptyDirVolumeSource'
            description: emptyDir represents a temporary directory that shares a pod's lifetime.
          ephemeral:
            $ref: '#/definitions/EphemeralVolumeSource'
            description: ephemeral represents a volume that is handled by a cluster storage driver. The volume's lifecycle is tied to the pod that defines it - it will be created before the pod starts, and deleted when the pod is removed.
          fc:
            $ref: '#/definitions/FCVolumeSource'
            description: fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod.
          flexVolume:
            $ref: '#/definitions/FlexVolumeSource'
            description: 'flexVolume represents a generic volume resource that is provisioned/attached using an exec based plugin. Deprecated: FlexVolume is deprecated.'
          flocker:
            $ref: '#/definitions/FlockerVolumeSource'
            description: flocker represents a Flocker volume attached to a kubelet's host machine. This depends on the Flocker control service being running.
          gcePersistentDisk:
            $ref: '#/definitions/GCEPersistentDiskVolumeSource'
            description: 'gcePersistentDisk represents a GCE Disk resource that is attached to a kubelet''s host machine and then exposed to the pod. Deprecated: GCEPersistentDisk is deprecated.'
          gitRepo:
            $ref: '#/definitions/GitRepoVolumeSource'
            description: 'gitRepo represents a git repository at a particular revision. Deprecated: GitRepo is deprecated.'
          glusterfs:
            $ref: '#/definitions/GlusterfsVolumeSource'
            description: 'glusterfs represents a Glusterfs mount on the host that shares a pod''s lifetime. Deprecated: Glusterfs is deprecated and the in-tree glusterfs type is no longer supported.'
          hostPath:
            $ref: '#/definitions/HostPathVolumeSource'
            description: hostPath represents a pre-existing file or directory on the host machine that is directly exposed to the container. This is generally used for system agents or other privileged things that are allowed to see the host machine.
          image:
            $ref: '#/definitions/ImageVolumeSource'
            description: image represents an OCI object (a container image or artifact) pulled and mounted on the kubelet's host machine. The volume is resolved at pod startup depending on which PullPolicy value is provided.
          iscsi:
            $ref: '#/definitions/ISCSIVolumeSource'
            description: iscsi represents an ISCSI Disk resource that is attached to a kubelet's host machine and then exposed to the pod.
          name:
            description: name of the volume. Must be a DNS_LABEL and unique within the pod.
            type: string
          nfs:
            $ref: '#/definitions/NFSVolumeSource'
            description: nfs represents an NFS mount on the host that shares a pod's lifetime
          persistentVolumeClaim:
            $ref: '#/definitions/PersistentVolumeClaimVolumeSource'
            description: persistentVolumeClaimVolumeSource represents a reference to a PersistentVolumeClaim in the same namespace.
          photonPersistentDisk:
            $ref: '#/definitions/PhotonPersistentDiskVolumeSource'
            description: 'photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine. Deprecated: PhotonPersistentDisk is deprecated and the in-tree photonPersistentDisk type is no longer supported.'
          portworxVolume:
            $ref: '#/definitions/PortworxVolumeSource'
            description: 'portworxVolume represents a portworx volume attached and mounted on kubelets host machine. Deprecated: PortworxVolume is deprecated.'
          projected:
            $ref: '#/definitions/ProjectedVolumeSource'
            description: projected items for all in one resources secrets, configmaps, and downward API
          quobyte:
            $ref: '#/definitions/QuobyteVolumeSource'
            description: 'quobyte represents a Quobyte mount on the host that shares a pod''s lifetime. Deprecated: Quobyte is deprecated and the in-tree quobyte type is no longer supported.'
          rbd:
            $ref: '#/definitions/RBDVolumeSource'
            description: 'rbd represents a Rados Block Device mount on the host that shares a pod''s lifetime. Deprecated: RBD is deprecated and the in-tree rbd type is no longer supported.'
          scaleIO:
            $ref: '#/definitions/ScaleIOVolumeSource'
            description: 'scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes. Deprecated: ScaleIO is deprecated and the in-tree scaleIO type is no longer supported.'
          secret:
            $ref: '#/definitions/SecretVolumeSource'
            description: secret represents a secret that should populate this volume.
          storageos:
            $ref: '#/definitions/StorageOSVolumeSource'
            description: 'storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes. Deprecated: StorageOS is deprecated and the in-tree storageos type is no longer supported.'
          vsphereVolume:
            $ref: '#/definitions/VsphereVirtualDiskVolumeSource'
            description: 'vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine. Deprecated: VsphereVolume is deprecated.'
      VolumeDevice:
        description: volumeDevice describes a mapping of a raw block device within a container.
        type: object
        required:
        - name
        - devicePath
        properties:
          devicePath:
            description: devicePath is the path inside of the container that the device will be mapped to.
            type: string
          name:
            description: name must match the name of a persistentVolumeClaim in the pod
            type: string
      VolumeMount:
        description: VolumeMount describes a mounting of a Volume within a container.
        type: object
        required:
        - name
        - mountPath
        properties:
          mountPath:
            description: Path within the container at which the volume should be mounted. Must not contain ':'.
            type: string
          mountPropagation:
            description: mountPropagation determines how mounts are propagated from the host to container and the other way around. When not set, MountPropagationNone is used.
            type: string
          name:
            description: This must match the Name of a Volume.
            type: string
          readOnly:
            description: Mounted read-only if true, read-write otherwise (false or unspecified). Defaults to false.
            type: boolean
          recursiveReadOnly:
            description: RecursiveReadOnly specifies whether read-only mounts should be handled recursively.
            type: string
          subPath:
            description: Path within the volume from which the container's volume should be mounted. Defaults to "" (volume's root).
            type: string
          subPathExpr:
            description: Expanded path within the volume from which the container's volume should be mounted. Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
            type: string
      VolumeMountStatus:
        description: VolumeMountStatus shows status of volume mounts.
        type: object
        required:
        - name
        - mountPath
        properties:
          mountPath:
            description: MountPath corresponds to the original VolumeMount.
            type: string
          name:
            description: Name corresponds to the name of the original VolumeMount.
            type: string
          readOnly:
            description: ReadOnly corresponds to the original VolumeMount.
            type: boolean
          recursiveReadOnly:
            description: RecursiveReadOnly must be set to Disabled, Enabled, or unspecified (for non-readonly mounts). An IfPossible value in the original VolumeMount must be translated to Disabled or Enabled, depending on the mount result.
            type: string
      VolumeProjection:
        description: Projection that may be projected along with other supported volume types. Exactly one of these fields must be set.
        type: object
        properties:
          clusterTrustBundle:
            $ref: '#/definitions/ClusterTrustBundleProjection'
            description: ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field of ClusterTrustBundle objects in an auto-updating file.
          configMap:
            $ref: '#/definitions/ConfigMapProjection'
            description: configMap information about the configMap data to project
          downwardAPI:
            $ref: '#/definitions/DownwardAPIProjection'
            description: downwardAPI information about the downwardAPI data to project
          secret:
            $ref: '#/definitions/SecretProjection'
            description: secret information about the secret data to project
          serviceAccountToken:
            $ref: '#/definitions/ServiceAccountTokenProjection'
            description: serviceAccountToken is information about the serviceAccountToken data to project
      VolumeResourceRequirements:
        description: VolumeResourceRequirements describes the storage resource requirements for a volume.
        type: object
        properties:
          limits:
            description: Limits describes the maximum amount of compute resources allowed.
            type: object
            additionalProperties:
              $ref: '#/definitions/Quantity'
          requests:
            description: Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value.
            type: object
            additionalProperties:
              $ref: '#/definitions/Quantity'
      VsphereVirtualDiskVolumeSource:
        description: Represents a vSphere volume resource.
        type: object
        required:
        - volumePath
        properties:
          fsType:
            description: fsType is filesystem type to mount. Must be a filesystem type supported by the host operating system.
            type: string
          storagePolicyID:
            description: storagePolicyID is the storage Policy Based Management (SPBM) profile ID associated with the StoragePolicyName.
            type: string
          storagePolicyName:
            description: storagePolicyName is the storage Policy Based Management (SPBM) profile name.
            type: string
          volumePath:
            description: volumePath is the path that identifies vSphere volume vmdk
            type: string
      WebhookClientConfig:
        description: WebhookClientConfig contains the information to make a TLS connection with the webhook.
        type: object
        properties:
          caBundle:
            description: caBundle is a PEM encoded CA bundle which will be used to validate the webhook's server certificate. If unspecified, system trust roots on the apiserver are used.
            type: string
            format: byte
          service:
            $ref: '#/definitions/ServiceReference'
            description: service is a reference to the service for this webhook. Either service or url must be specified.
          url:
            description: url gives the location of the webhook, in standard URL form (`scheme://host:port/path`). Exactly one of `url` or `service` must be specified.
            type: string
      WebhookConversion:
        description: WebhookConversion describes how to call a conversion webhook
        type: object
        required:
        - conversionReviewVersions
        properties:
          clientConfig:
            $ref: '#/definitions/WebhookClientConfig'
            description: clientConfig is the instructions for how to call the webhook if strategy is `Webhook`.
          conversionReviewVersions:
            description: conversionReviewVersions is an ordered list of preferred `ConversionReview` versions the Webhook expects. The API server will use the first version in the list which it supports.
            type: array
            x-kubernetes-list-type: atomic
            items:
              type: string
      WeightedPodAffinityTerm:
        description: The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most preferred node(s)
        type: object
        required:
        - weight
        - podAffinityTerm
        properties:
          podAffinityTerm:
            $ref: '#/definitions/PodAffinityTerm'
            description: Required. A pod affinity term, associated with the corresponding weight.
          weight:
            description: weight associated with matching the corresponding podAffinityTerm, in the range 1-100.
            type: integer
            format: int32
      WindowsSecurityContextOptions:
        description: WindowsSecurityContextOptions contain Windows-specific options and credentials.
        type: object
        properties:
          gmsaCredentialSpec:
            description: GMSACredentialSpec is where the GMSA admission webhook (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the GMSA credential spec named by the GMSACredentialSpecName field.
            type: string
          gmsaCredentialSpecName:
            description: GMSACredentialSpecName is the name of the GMSA credential spec to use.
            type: string
          hostProcess:
            description: HostProcess determines if a container should be run as a 'Host Process' container. All of a Pod's containers must have the same effective HostProcess value (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers).
            type: boolean
          runAsUserName:
            description: The UserName in Windows to run the entrypoint of the container process. Defaults to the user specified in image metadata if unspecified.
            type: string
    kinds:
      v1/Namespace:
        description: Namespace provides a scope for Names. Use of multiple namespaces is optional.
        type: object
        x-kubernetes-group-version-kind:
        - group: ''
          kind: Namespace
          version: v1
        properties:
          apiVersion:
            description: APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values.
            type: string
          kind:
            description: Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to.
            type: string
          metadata:
            $ref: '#/definitions/ObjectMeta'
            description: Standard object's metadata.
          spec:
            $ref: '#/definitions/NamespaceSpec'
            description: Spec defines the behavior of the Namespace.
          status:
            $ref: '#/definitions/NamespaceStatus'
            description: Status describes the current status of a Namespace.
      v1/ConfigMap:
        description: ConfigMap holds configuration data for pods to consume.
        type: object
        x-kubernetes-group-version-kind:
        - group: ''
          kind: ConfigMap
          version: v1
        properties:
          apiVersion:
            description: APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values.
            type: string
          binaryData:
            description: BinaryData contains the binary data. Each key must consist of alphanumeric characters, '-', '_' or '.'.
            type: object
            additionalProperties:
              type: string
              format: byte
          data:
            description: Data contains the configuration data. Each key must consist of alphanumeric characters, '-', '_' or '.'.
            type: object
            additionalProperties:
              type: string
          immutable:
            description: Immutable, if set to true, ensures that data stored in the ConfigMap cannot be updated (only object metadata can be modified). If not set to true, the field can be modified at any time.
            type: boolean
          kind:
            description: Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to.
            type: string
          metadata:
            $ref: '#/definitions/ObjectMeta'
            description: Standard object's metadata.
      v1/Secret:
        description: Secret holds secret data of a certain type. The total bytes of the values in the Data field must be less than MaxSecretSize bytes.
        type: object
        x-kubernetes-group-version-kind:
        - group: ''
          kind: Secret
          version: v1
        properties:
          apiVersion:
            description: APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values.
            type: string
          data:
            description: Data contains the secret data. Each key must consist of alphanumeric characters, '-', '_' or '.'.
            type: object
            additionalProperties:
              type: string
              format: byte
          immutable:
            description: Immutable, if set to true, ensures that data stored in the Secret cannot be updated (only object metadata can be modified). If not set to true, the field can be modified at any time.
            type: boolean
          kind:
            description: Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to.
            type: string
          metadata:
            $ref: '#/definitions/ObjectMeta'
            description: Standard object's metadata.
          stringData:
            description: stringData allows specifying non-binary secret data in string form. It is provided as a write-only input field for convenience.
            type: object
            additionalProperties:
              type: string
          type:
            description: Used to facilitate programmatic handling of secret data.
            type: string
      v1/Service:
        description: Service is a named abstraction of software service (for example, mysql) consisting of local port (for example 3306) that the proxy listens on, and the selector that determines which pods will answer requests sent through the proxy.
        type: object
        x-kubernetes-group-version-kind:
        - group: ''
          kind: Service
          version: v1
        properties:
          apiVersion:
            description: APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values.
            type: string
          kind:
            description: Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to.
            type: string
          metadata:
            $ref: '#/definitions/ObjectMeta'
            description: Standard object's metadata.
          spec:
            $ref: '#/definitions/ServiceSpec'
            description: Spec defines the behavior of a service. https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
          status:
            $ref: '#/definitions/ServiceStatus'
            description: Most recently observed status of the service. Populated by the system.
      v1/ServiceAccount:
        description: 'ServiceAccount binds together: * a name, understood by users, and perhaps by peripheral systems, for an identity * a principal that can be authenticated and authorized * a set of secrets'
        type: object
        x-kubernetes-group-version-kind:
        - group: ''
          kind: ServiceAccount
          version: v1
        properties:
          apiVersion:
            description: APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values.
            type: string
          automountServiceAccountToken:
            description: AutomountServiceAccountToken indicates whether pods running as this service account should have an API token automatically mounted. Can be overridden at the pod level.
            type: boolean
          imagePullSecrets:
            description: ImagePullSecrets is a list of references to secrets in the same namespace to use for pulling any images in pods that reference this ServiceAccount.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/LocalObjectReference'
          kind:
            description: Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to.
            type: string
          metadata:
            $ref: '#/definitions/ObjectMeta'
            description: Standard object's metadata.
          secrets:
            description: Secrets is a list of the secrets in the same namespace that pods running using this ServiceAccount are allowed to use. Pods are only limited to this list if this service account has a "kubernetes.io/enforce-mountable-secrets" annotation set to "true".
            type: array
            x-kubernetes-list-type: map
            x-kubernetes-list-map-keys:
            - name
            x-kubernetes-patch-strategy: merge
            x-kubernetes-patch-merge-key: name
            items:
              $ref: '#/definitions/ObjectReference'
      v1/Pod:
        description: Pod is a collection of containers that can run on a host. This resource is created by clients and scheduled onto hosts.
        type: object
        x-kubernetes-group-version-kind:
        - group: ''
          kind: Pod
          version: v1
        properties:
          apiVersion:
            description: APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values.
            type: string
          kind:
            description: Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to.
            type: string
          metadata:
            $ref: '#/definitions/ObjectMeta'
            description: Standard object's metadata.
          spec:
            $ref: '#/definitions/PodSpec'
            description: Specification of the desired behavior of the pod.
          status:
            $ref: '#/definitions/PodStatus'
            description: Most recently observed status of the pod. This data may not be up to date.
      v1/Event:
        description: Event is a report of an event somewhere in the cluster. Events have a limited retention time and triggers and messages may evolve with time.
        type: object
        required:
        - metadata
        - involvedObject
        x-kubernetes-group-version-kind:
        - group: ''
          kind: Event
          version: v1
        properties:
          action:
            description: What action was taken/failed regarding to the Regarding object.
            type: string
          apiVersion:
            description: APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values.
            type: string
          count:
            description: The number of times this event has occurred.
            type: integer
            format: int32
          eventTime:
            description: Time when this Event was first observed.
            type: string
            format: date-time
          firstTimestamp:
            description: The time at which the event was first recorded. (Time of server receipt is in TypeMeta.)
            type: string
            format: date-time
          involvedObject:
            $ref: '#/definitions/ObjectReference'
            description: The object that this event is about.
          kind:
            description: Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to.
            type: string
          lastTimestamp:
            description: The time at which the most recent occurrence of this event was recorded.
            type: string
            format: date-time
          message:
            description: A human-readable description of the status of this operation.
            type: string
          metadata:
            $ref: '#/definitions/ObjectMeta'
            description: Standard object's metadata.
          reason:
            description: This should be a short, machine understandable string that gives the reason for the transition into the object's current status.
            type: string
          related:
            $ref: '#/definitions/ObjectReference'
            description: Optional secondary object for more complex actions.
          reportingComponent:
            description: Name of the controller that emitted this Event, e.g. `kubernetes.io/kubelet`.
            type: string
          reportingInstance:
            description: ID of the controller instance, e.g. `kubelet-xyzf`.
            type: string
          series:
            $ref: '#/definitions/EventSeries'
            description: Data about the Event series this event represents or nil if it's a singleton Event.
          source:
            $ref: '#/definitions/EventSource'
            description: The component reporting this event. Should be a short machine understandable string.
          type:
            description: Type of this event (Normal, Warning), new types could be added in the future
            type: string
      v1/Endpoints:
        description: Endpoints is a collection of endpoints that implement the actual service. Example.
        type: object
        x-kubernetes-group-version-kind:
        - group: ''
          kind: Endpoints
          version: v1
        properties:
          apiVersion:
            description: APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values.
            type: string
          kind:
            description: Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to.
            type: string
          metadata:
            $ref: '#/definitions/ObjectMeta'
            description: Standard object's metadata.
          subsets:
            description: The set of all endpoints is the union of all subsets. Addresses are placed into subsets according to the IPs they share.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/EndpointSubset'
      events.k8s.io/v1/Event:
        description: Event is a report of an event somewhere in the cluster. It generally denotes some state change in the system.
        type: object
        required:
        - eventTime
        x-kubernetes-group-version-kind:
        - group: events.k8s.io
          kind: Event
          version: v1
        properties:
          action:
            description: action is what action was taken/failed regarding to the regarding object. It is machine-readable.
            type: string
          apiVersion:
            description: APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values.
            type: string
          deprecatedCount:
            description: deprecatedCount is the deprecated field assuring backward compatibility with core.v1 Event type.
            type: integer
            format: int32
          deprecatedFirstTimestamp:
            description: deprecatedFirstTimestamp is the deprecated field assuring backward compatibility with core.v1 Event type.
            type: string
            format: date-time
          deprecatedLastTimestamp:
            description: deprecatedLastTimestamp is the deprecated field assuring backward compatibility with core.v1 Event type.
            type: string
            format: date-time
          deprecatedSource:
            $ref: '#/definitions/EventSource'
            description: deprecatedSource is the deprecated field assuring backward compatibility with core.v1 Event type.
          eventTime:
            description: eventTime is the time when this Event was first observed. It is required.
            type: string
            format: date-time
          kind:
            description: Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to.
            type: string
          metadata:
            $ref: '#/definitions/ObjectMeta'
            description: Standard object's metadata.
          note:
            description: note is a human-readable description of the status of this operation. Maximal length of the note is 1kB, but libraries should be prepared to handle values up to 64kB.
            type: string
          reason:
            description: reason is why the action was taken. It is human-readable.
            type: string
          regarding:
            $ref: '#/definitions/ObjectReference'
            description: regarding contains the object this Event is about. In most cases it's an Object reporting controller implements, e.g. ReplicaSetController implements ReplicaSets and this event is emitted because it acts on some changes in a ReplicaSet object.
          related:
            $ref: '#/definitions/ObjectReference'
            description: related is the optional secondary object for more complex actions. E.g. when regarding object triggers a creation or deletion of related object.
          reportingController:
            description: reportingController is the name of the controller that emitted this Event, e.g. `kubernetes.io/kubelet`. This field cannot be empty for new Events.
            type: string
          reportingInstance:
            description: reportingInstance is the ID of the controller instance, e.g. `kubelet-xyzf`. This field cannot be empty for new Events and it can have at most 128 characters.
            type: string
          series:
            $ref: '#/definitions/EventsV1EventSeries'
            description: series is data about the Event series this event represents or nil if it's a singleton Event.
          type:
            description: type is the type of this event (Normal, Warning), new types could be added in the future. It is machine-readable.
            type: string
      apps/v1/Deployment:
        description: Deployment enables declarative updates for Pods and ReplicaSets.
        type: object
        x-kubernetes-group-version-kind:
        - group: apps
          kind: Deployment
          version: v1
        properties:
          apiVersion:
            description: APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values.
            type: string
          kind:
            description: Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to.
            type: string
          metadata:
            $ref: '#/definitions/ObjectMeta'
            description: Standard object's metadata.
          spec:
            $ref: '#/definitions/DeploymentSpec'
            description: Specification of the desired behavior of the Deployment.
          status:
            $ref: '#/definitions/DeploymentStatus'
            description: Most recently observed status of the Deployment.
      apps/v1/ReplicaSet:
        description: ReplicaSet ensures that a specified number of pod replicas are running at any given time.
        type: object
        x-kubernetes-group-version-kind:
        - group: apps
          kind: ReplicaSet
          version: v1
        properties:
          apiVersion:
            description: APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values.
            type: string
          kind:
            description: Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to.
            type: string
          metadata:
            $ref: '#/definitions/ObjectMeta'
            description: If the Labels of a ReplicaSet are empty, they are defaulted to be the same as the Pod(s) that the ReplicaSet manages. Standard object's metadata.
          spec:
            $ref: '#/definitions/ReplicaSetSpec'
            description: Spec defines the specification of the desired behavior of the ReplicaSet.
          status:
            $ref: '#/definitions/ReplicaSetStatus'
            description: Status is the most recently observed status of the ReplicaSet. This data may be out of date by some window of time.
      apps/v1/StatefulSet:
        description: 'StatefulSet represents a set of pods with consistent identities. Identities are defined as: - Network: A single stable DNS and hostname. - Storage: As many VolumeClaims as requested.'
        type: object
        x-kubernetes-group-version-kind:
        - group: apps
          kind: StatefulSet
          version: v1
        properties:
          apiVersion:
            description: APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values.
            type: string
          kind:
            description: Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to.
            type: string
          metadata:
            $ref: '#/definitions/ObjectMeta'
            description: Standard object's metadata.
          spec:
            $ref: '#/definitions/StatefulSetSpec'
            description: Spec defines the desired identities of pods in this set.
          status:
            $ref: '#/definitions/StatefulSetStatus'
            description: Status is the current status of Pods in this StatefulSet. This data may be out of date by some window of time.
      apps/v1/DaemonSet:
        description: DaemonSet represents the configuration of a daemon set.
        type: object
        x-kubernetes-group-version-kind:
        - group: apps
          kind: DaemonSet
          version: v1
        properties:
          apiVersion:
            description: APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values.
            type: string
          kind:
            description: Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to.
            type: string
          metadata:
            $ref: '#/definitions/ObjectMeta'
            description: Standard object's metadata.
          spec:
            $ref: '#/definitions/DaemonSetSpec'
            description: The desired behavior of this daemon set.
          status:
            $ref: '#/definitions/DaemonSetStatus'
            description: The current status of this daemon set. This data may be out of date by some window of time.
      batch/v1/Job:
        description: Job represents the configuration of a single job.
        type: object
        x-kubernetes-group-version-kind:
        - group: batch
          kind: Job
          version: v1
        properties:
          apiVersion:
            description: APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values.
            type: string
          kind:
            description: Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to.
            type: string
          metadata:
            $ref: '#/definitions/ObjectMeta'
            description: Standard object's metadata.
          spec:
            $ref: '#/definitions/JobSpec'
            description: Specification of the desired behavior of a job.
          status:
            $ref: '#/definitions/JobStatus'
            description: Current status of a job.
      batch/v1/CronJob:
        description: CronJob represents the configuration of a single cron job.
        type: object
        x-kubernetes-group-version-kind:
        - group: batch
          kind: CronJob
          version: v1
        properties:
          apiVersion:
            description: APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values.
            type: string
          kind:
            description: Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to.
            type: string
          metadata:
            $ref: '#/definitions/ObjectMeta'
            description: Standard object's metadata.
          spec:
            $ref: '#/definitions/CronJobSpec'
            description: Specification of the desired behavior of a cron job, including the schedule.
          status:
            $ref: '#/definitions/CronJobStatus'
            description: Current status of a cron job.
      autoscaling/v2/HorizontalPodAutoscaler:
        description: HorizontalPodAutoscaler is the configuration for a horizontal pod autoscaler, which automatically manages the replica count of any resource implementing the scale subresource based on the metrics specified.
        type: object
        x-kubernetes-group-version-kind:
        - group: autoscaling
          kind: HorizontalPodAutoscaler
          version: v2
        properties:
          apiVersion:
            description: APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values.
            type: string
          kind:
            description: Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to.
            type: string
          metadata:
            $ref: '#/definitions/ObjectMeta'
            description: metadata is the standard object metadata.
          spec:
            $ref: '#/definitions/HorizontalPodAutoscalerSpec'
            description: spec is the specification for the behaviour of the autoscaler.
          status:
            $ref: '#/definitions/HorizontalPodAutoscalerStatus'
            description: status is the current information about the autoscaler.
      autoscaling/v1/Scale:
        description: Scale represents a scaling request for a resource.
        type: object
        x-kubernetes-group-version-kind:
        - group: autoscaling
          kind: Scale
          version: v1
        properties:
          apiVersion:
            description: APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values.
            type: string
          kind:
            description: Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to.
            type: string
          metadata:
            $ref: '#/definitions/ObjectMeta'
            description: Standard object metadata;
          spec:
            $ref: '#/definitions/ScaleSpec'
            description: spec defines the behavior of the scale.
          status:
            $ref: '#/definitions/ScaleStatus'
            description: status is the current status of the scale. Read-only.
      coordination.k8s.io/v1/Lease:
        description: Lease defines a lease concept.
        type: object
        x-kubernetes-group-version-kind:
        - group: coordination.k8s.io
          kind: Lease
          version: v1
        properties:
          apiVersion:
            description: APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values.
            type: string
          kind:
            description: Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to.
            type: string
          metadata:
            $ref: '#/definitions/ObjectMeta'
            description: 'More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata'
          spec:
            $ref: '#/definitions/LeaseSpec'
            description: spec contains the specification of the Lease.
      rbac.authorization.k8s.io/v1/Role:
        description: Role is a namespaced, logical grouping of PolicyRules that can be referenced as a unit by a RoleBinding.
        type: object
        x-kubernetes-group-version-kind:
        - group: rbac.authorization.k8s.io
          kind: Role
          version: v1
        properties:
          apiVersion:
            description: APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values.
            type: string
          kind:
            description: Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to.
            type: string
          metadata:
            $ref: '#/definitions/ObjectMeta'
            description: Standard object's metadata.
          rules:
            description: Rules holds all the PolicyRules for this Role
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/PolicyRule'
      rbac.authorization.k8s.io/v1/RoleBinding:
        description: RoleBinding references a role, but does not contain it. It can reference a Role in the same namespace or a ClusterRole in the global namespace.
        type: object
        required:
        - roleRef
        x-kubernetes-group-version-kind:
        - group: rbac.authorization.k8s.io
          kind: RoleBinding
          version: v1
        properties:
          apiVersion:
            description: APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values.
            type: string
          kind:
            description: Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to.
            type: string
          metadata:
            $ref: '#/definitions/ObjectMeta'
            description: Standard object's metadata.
          roleRef:
            $ref: '#/definitions/RoleRef'
            description: RoleRef can reference a Role in the current namespace or a ClusterRole in the global namespace. If the RoleRef cannot be resolved, the Authorizer must return an error.
          subjects:
            description: Subjects holds references to the objects the role applies to.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/Subject'
      rbac.authorization.k8s.io/v1/ClusterRole:
        description: ClusterRole is a cluster level, logical grouping of PolicyRules that can be referenced as a unit by a RoleBinding or ClusterRoleBinding.
        type: object
        x-kubernetes-group-version-kind:
        - group: rbac.authorization.k8s.io
          kind: ClusterRole
          version: v1
        properties:
          aggregationRule:
            $ref: '#/definitions/AggregationRule'
            description: AggregationRule is an optional field that describes how to build the Rules for this ClusterRole. If AggregationRule is set, then the Rules are controller managed and direct changes to Rules will be stomped by the controller.
          apiVersion:
            description: APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values.
            type: string
          kind:
            description: Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to.
            type: string
          metadata:
            $ref: '#/definitions/ObjectMeta'
            description: Standard object's metadata.
          rules:
            description: Rules holds all the PolicyRules for this ClusterRole
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/PolicyRule'
      rbac.authorization.k8s.io/v1/ClusterRoleBinding:
        description: ClusterRoleBinding references a ClusterRole, but not contain it. It can reference a ClusterRole in the global namespace, and adds who information via Subject.
        type: object
        required:
        - roleRef
        x-kubernetes-group-version-kind:
        - group: rbac.authorization.k8s.io
          kind: ClusterRoleBinding
          version: v1
        properties:
          apiVersion:
            description: APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values.
            type: string
          kind:
            description: Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to.
            type: string
          metadata:
            $ref: '#/definitions/ObjectMeta'
            description: Standard object's metadata.
          roleRef:
            $ref: '#/definitions/RoleRef'
            description: RoleRef can only reference a ClusterRole in the global namespace. If the RoleRef cannot be resolved, the Authorizer must return an error.
          subjects:
            description: Subjects holds references to the objects the role applies to.
            type: array
            x-kubernetes-list-type: atomic
            items:
              $ref: '#/definitions/Subject'
      networking.k8s.io/v1/Ingress:
        description: Ingress is a collection of rules that allow inbound connections to reach the endpoints defined by a backend. An Ingress can be configured to give services externally-reachable urls, load balance traffic, terminate SSL, offer name based virtual hosting etc.
        type: object
        x-kubernetes-group-version-kind:
        - group: networking.k8s.io
          kind: Ingress
          version: v1
        properties:
          apiVersion:
            description: APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values.
            type: string
          kind:
            description: Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to.
            type: string
          metadata:
            $ref: '#/definitions/ObjectMeta'
            description: Standard object's metadata.
          spec:
            $ref: '#/definitions/IngressSpec'
            description: spec is the desired state of the Ingress.
          status:
            $ref: '#/definitions/IngressStatus'
            description: status is the current state of the Ingress.
      networking.k8s.io/v1/NetworkPolicy:
        description: NetworkPolicy says what traffic a set of pods may send and receive.
        type: object
        x-kubernetes-group-version-kind:
        - group: networking.k8s.io
          kind: NetworkPolicy
          version: v1
        properties:
          apiVersion:
            description: APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values.
            type: string
          kind:
            description: Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to.
            type: string
          metadata:
            $ref: '#/definitions/ObjectMeta'
            description: Standard object's metadata.
          spec:
            $ref: '#/definitions/NetworkPolicySpec'
            description: spec is the policy.
      policy/v1/PodDisruptionBudget:
        description: PodDisruptionBudget limits how many pods of a collection voluntary evictions may take down at once.
        type: object
        x-kubernetes-group-version-kind:
        - group: policy
          kind: PodDisruptionBudget
          version: v1
        properties:
          apiVersion:
            description: APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values.
            type: string
          kind:
            description: Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to.
            type: string
          metadata:
            $ref: '#/definitions/ObjectMeta'
            description: Standard object's metadata.
          spec:
            $ref: '#/definitions/PodDisruptionBudgetSpec'
            description: spec is the budget.
          status:
            $ref: '#/definitions/PodDisruptionBudgetStatus'
            description: status is the budget as the disruption controller last observed it.
      apiextensions.k8s.io/v1/CustomResourceDefinition:
        description: CustomResourceDefinition represents a resource that should be exposed on the API server. Its name MUST be in the format <.spec.name>.<.spec.group>.
        type: object
        required:
        - spec
        x-kubernetes-group-version-kind:
        - group: apiextensions.k8s.io
          kind: CustomResourceDefinition
          version: v1
        properties:
          apiVersion:
            description: APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values.
            type: string
          kind:
            description: Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to.
            type: string
          metadata:
            $ref: '#/definitions/ObjectMeta'
            description: Standard object's metadata
          spec:
            $ref: '#/definitions/CustomResourceDefinitionSpec'
            description: spec describes how the user wants the resources to appear
          status:
            $ref: '#/definitions/CustomResourceDefinitionStatus'
            description: status indicates the actual state of the CustomResourceDefinition
    """#
}
