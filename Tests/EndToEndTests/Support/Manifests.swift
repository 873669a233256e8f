import KubeCore

/// The manifests the suites share, written as a user would. Each test runs on its own cluster,
/// so names only need to be distinct within a test.
enum Manifests {
    static func namespace(_ name: String) -> String {
        """
        apiVersion: v1
        kind: Namespace
        metadata:
          name: \(name)
        """
    }

    static func configMap(
        _ name: String, namespace: String = "default", labels: JSONValue = [:], finalizers: JSONValue = [],
        data: JSONValue = [:]
    ) -> String {
        """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: \(name)
          namespace: \(namespace)
          labels: \(inline(labels))
          finalizers: \(inline(finalizers))
        data: \(inline(data))
        """
    }

    /// A Deployment of one nginx container named after it; its pods carry `app=<name>` and the
    /// simulation makes them Ready after 100 ms.
    static func deployment(
        _ name: String, namespace: String = "default", replicas: Int = 1, image: String = "nginx:1.25", env: JSONValue = []
    ) -> String {
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: \(name)
          namespace: \(namespace)
          labels: {app: \(name)}
          annotations:
            dev.baton.dev/ready-after: 100ms
        spec:
          replicas: \(replicas)
          selector:
            matchLabels: {app: \(name)}
          template:
            metadata:
              labels: {app: \(name)}
            spec:
              containers:
              - name: \(name)
                image: \(image)
                env: \(inline(env))
                ports:
                - containerPort: 80
        """
    }

    /// A ClusterIP Service in front of the pods labelled `app=<name>`.
    static func service(_ name: String, namespace: String = "default") -> String {
        """
        apiVersion: v1
        kind: Service
        metadata:
          name: \(name)
          namespace: \(namespace)
        spec:
          selector: {app: \(name)}
          ports:
          - port: 80
            targetPort: 8080
            protocol: TCP
        """
    }

    static func pod(_ name: String) -> String {
        """
        apiVersion: v1
        kind: Pod
        metadata:
          name: \(name)
          labels: {app: \(name)}
        spec:
          containers:
          - name: main
            image: nginx:1.25
        """
    }

    /// A Job whose simulated pods run for `duration` and end with `outcome` (`success` or
    /// `failure`) and `terminationMessage`; `spec` adds fields to the Job's spec.
    static func job(
        _ name: String, duration: String = "200ms", outcome: String = "success", terminationMessage: String = "",
        spec: JSONObject = [:]
    ) -> String {
        """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: \(name)
          annotations:
            dev.baton.dev/duration: \(duration)
            dev.baton.dev/outcome: \(outcome)
            dev.baton.dev/termination-message: \(inline(.string(terminationMessage)))
        spec:
        \(spec.map { "  \($0.key): \(inline($0.value))" }.joined(separator: "\n"))
          template:
            spec:
              restartPolicy: Never
              containers:
              - name: main
                image: busybox
        """
    }

    /// A namespaced CRD exercising what kube-apiserver does for custom resources: a status
    /// subresource, printer columns, defaults, an enum, a required field, a pattern and a
    /// minimum, short name `wdg` and category `gadgets`.
    static let widgetDefinition = """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: widgets.example.com
        spec:
          group: example.com
          scope: Namespaced
          names:
            kind: Widget
            plural: widgets
            singular: widget
            shortNames: [wdg]
            categories: [gadgets]
          versions:
          - name: v1
            served: true
            storage: true
            subresources:
              status: {}
            additionalPrinterColumns:
            - name: Size
              type: string
              jsonPath: .spec.size
            - name: Replicas
              type: integer
              jsonPath: .spec.replicas
            - name: Phase
              type: string
              jsonPath: .status.phase
            - name: Age
              type: date
              jsonPath: .metadata.creationTimestamp
            schema:
              openAPIV3Schema:
                type: object
                description: A Widget is a gadget the end-to-end tests make.
                properties:
                  spec:
                    type: object
                    description: What the widget should be.
                    required: [color]
                    properties:
                      color:
                        type: string
                        description: The widget's paint color, one lowercase word.
                        pattern: '^[a-z]+$'
                      size:
                        type: string
                        enum: [small, medium, large]
                        default: medium
                      replicas:
                        type: integer
                        minimum: 0
                        default: 1
                  status:
                    type: object
                    properties:
                      phase:
                        type: string
        """

    static func widget(_ name: String, spec: JSONValue) -> String {
        """
        apiVersion: example.com/v1
        kind: Widget
        metadata:
          name: \(name)
        spec: \(inline(spec))
        """
    }

    /// `value` as JSON, which YAML reads as a flow collection or a quoted scalar.
    static func inline(_ value: JSONValue) -> String {
        // Encoding a value built from literals cannot fail.
        String(decoding: (try? value.jsonBytes(options: .sortedKeys)) ?? [], as: UTF8.self)
    }
}
