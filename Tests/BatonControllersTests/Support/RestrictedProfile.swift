import KubeCore

/// The controls of the Kubernetes Pod Security Standards' "restricted" profile (which includes
/// "baseline"), as a list of checks over a pod spec: what Pod Security admission would refuse
/// in a namespace labelled `pod-security.kubernetes.io/enforce: restricted`. Written from the
/// published list of controls, so a test can hold Baton's pods to it.
enum RestrictedProfile {
    struct Check: Sendable {
        let name: String
        let passes: @Sendable (_ pod: JSONValue, _ containers: [JSONValue]) -> Bool
    }

    /// The names of the checks `podSpec` fails; empty when the pod meets the profile.
    static func violations(of podSpec: JSONValue) -> [String] {
        let containers = ["initContainers", "containers", "ephemeralContainers"].flatMap {
            podSpec[$0]?.arrayValue ?? []
        }
        return checks.filter { !$0.passes(podSpec, containers) }.map(\.name)
    }

    static let checks: [Check] = [
        // Baseline.
        Check(name: "hostNamespaces") { pod, _ in
            ["hostNetwork", "hostPID", "hostIPC"].allSatisfy { pod[$0] != true }
        },
        Check(name: "hostProcess") { pod, containers in
            ([pod] + containers).allSatisfy { $0[path: ["securityContext", "windowsOptions", "hostProcess"]] != true }
        },
        Check(name: "privileged") { _, containers in
            containers.allSatisfy { $0[path: ["securityContext", "privileged"]] != true }
        },
        Check(name: "hostPathVolumes") { pod, _ in
            (pod["volumes"]?.arrayValue ?? []).allSatisfy { $0["hostPath"] == nil }
        },
        Check(name: "hostPorts") { _, containers in
            containers.flatMap { $0["ports"]?.arrayValue ?? [] }.allSatisfy { ($0["hostPort"]?.intValue ?? 0) == 0 }
        },
        Check(name: "appArmor") { pod, containers in
            ([pod] + containers).allSatisfy { object in
                guard let type = object[path: ["securityContext", "appArmorProfile", "type"]]?.stringValue else { return true }
                return type == "RuntimeDefault" || type == "Localhost"
            }
        },
        Check(name: "seLinux") { pod, containers in
            ([pod] + containers).allSatisfy { object in
                guard let options = object[path: ["securityContext", "seLinuxOptions"]] else { return true }
                let allowedTypes = ["", "container_t", "container_init_t", "container_kvm_t", "container_engine_t"]
                return options["user"] == nil && options["role"] == nil
                    && allowedTypes.contains(options["type"]?.stringValue ?? "")
            }
        },
        Check(name: "procMount") { _, containers in
            containers.allSatisfy { ($0[path: ["securityContext", "procMount"]]?.stringValue ?? "Default") == "Default" }
        },
        Check(name: "sysctls") { pod, _ in
            let safe: Set = [
                "kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.ip_unprivileged_port_start",
                "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range", "net.ipv4.ip_local_reserved_ports",
                "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl",
                "net.ipv4.tcp_keepalive_probes",
            ]
            return (pod[path: ["securityContext", "sysctls"]]?.arrayValue ?? []).allSatisfy {
                safe.contains($0["name"]?.stringValue ?? "")
            }
        },
        // Restricted.
        Check(name: "volumeTypes") { pod, _ in
            let allowed: Set = [
                "name", "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected",
                "secret",
            ]
            return (pod["volumes"]?.arrayValue ?? []).allSatisfy { volume in
                (volume.objectValue?.keys ?? []).allSatisfy(allowed.contains)
            }
        },
        Check(name: "allowPrivilegeEscalation") { _, containers in
            containers.allSatisfy { $0[path: ["securityContext", "allowPrivilegeEscalation"]] == false }
        },
        Check(name: "runAsNonRoot") { pod, containers in
            let own = containers.map { $0[path: ["securityContext", "runAsNonRoot"]] }
            let podLevel = pod[path: ["securityContext", "runAsNonRoot"]] == true
            return own.allSatisfy { $0 == true || ($0 == nil && podLevel) }
        },
        Check(name: "runAsUser") { pod, containers in
            ([pod] + containers).allSatisfy { $0[path: ["securityContext", "runAsUser"]] != 0 }
        },
        Check(name: "seccompProfile") { pod, containers in
            let confined: (JSONValue?) -> Bool = { $0 == "RuntimeDefault" || $0 == "Localhost" }
            let podLevel = pod[path: ["securityContext", "seccompProfile", "type"]]
            return containers.allSatisfy { container in
                let own = container[path: ["securityContext", "seccompProfile", "type"]]
                return confined(own) || (own == nil && confined(podLevel))
            }
        },
        Check(name: "capabilities") { _, containers in
            containers.allSatisfy { container in
                let capabilities = container[path: ["securityContext", "capabilities"]]
                let dropped = capabilities?["drop"]?.arrayValue ?? []
                let added = capabilities?["add"]?.arrayValue ?? []
                return dropped.contains("ALL") && added.allSatisfy { $0 == "NET_BIND_SERVICE" }
            }
        },
    ]
}
