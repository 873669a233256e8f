import KubeCore
// Placeholder: the YAML helper replaces this file.
public enum YAML {}
