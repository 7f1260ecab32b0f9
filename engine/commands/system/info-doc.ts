// The data `docker info --format` renders: the engine's system.Info (the fields the text view
// shows, under moby's names) plus the CLI's ClientInfo (cli/command/system/info.go).
import type { Daemon } from '../../daemon/daemon';
import { DOCKER, KERNEL_RELEASE } from '../../model/versions';

export function infoDoc(state: Daemon): Record<string, unknown> {
  const cs = [...state.containers.values()];
  const running = cs.filter((c) => c.running && !c.paused).length;
  const paused = cs.filter((c) => c.paused).length;
  return {
    Containers: cs.length,
    ContainersRunning: running,
    ContainersPaused: paused,
    ContainersStopped: cs.length - running - paused,
    Images: state.images.size,
    Driver: 'overlayfs',
    DriverStatus: [['driver-type', 'io.containerd.snapshotter.v1']],
    LoggingDriver: 'json-file',
    CgroupDriver: 'systemd',
    CgroupVersion: '2',
    KernelVersion: KERNEL_RELEASE,
    OperatingSystem: 'Simulated Docker host (image-is-not-a-container kit)',
    OSType: 'linux',
    Architecture: 'x86_64',
    NCPU: 2,
    DockerRootDir: '/var/lib/docker',
    ServerVersion: DOCKER.version,
    DefaultRuntime: 'runc',
    ClientInfo: { Debug: false, Context: 'default', Version: DOCKER.version },
  };
}
