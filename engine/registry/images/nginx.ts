// library/nginx (Debian variant): built FROM debian:trixie-slim, so its bottom layer is the very
// same LayerSpec object as debian:trixie-slim's. On top: one RUN that installs nginx from
// nginx.org's packages and five small COPY layers (the entrypoint and its helper scripts).
// The helper scripts are our own short versions that print the same lines as the real ones.
import type { FileSpec, ImageSpec, LayerSpec } from '../types';
import { logTimeToken } from './log-time';
import { DEFAULT_PATH, after, bin, dirs, empty, script, treeSize } from './common';
import { debianGroup, debianPasswd, debianShadow, debianTrixieSlimLayer } from './debian';
import { KERNEL_RELEASE } from '../../model/versions';

export const NGINX_VERSION = '1.29.3';
const NJS_VERSION = '0.9.4';
const PKG_RELEASE = '1~trixie';
const BUILT = '2026-11-17T18:41:09Z';
const t = (s: number): string => after(BUILT, s);

const nginxConf = `user  nginx;
worker_processes  auto;

error_log  /var/log/nginx/error.log notice;
pid        /run/nginx.pid;

events {
    worker_connections  1024;
}

http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;

    log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '
                      '$status $body_bytes_sent "$http_referer" '
                      '"$http_user_agent" "$http_x_forwarded_for"';

    access_log  /var/log/nginx/access.log  main;

    sendfile        on;
    keepalive_timeout  65;

    include /etc/nginx/conf.d/*.conf;
}
`;

const LISTEN_V4 = '    listen       80;\n';
const LISTEN_V6 = '    listen  [::]:80;\n';

/** The server block as the package installs it: IPv4 only. */
export const nginxDefaultConf = `server {
${LISTEN_V4}    server_name  localhost;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    # send server errors to the static page /50x.html
    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }
}
`;

/** The same file after 10-listen-on-ipv6-by-default.sh ran at container start (copied up into the container's layer). */
export const nginxDefaultConfAtRuntime = nginxDefaultConf.replace(LISTEN_V4, LISTEN_V4 + LISTEN_V6);

const indexHtml = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
body { width: 35em; margin: 0 auto; font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>nginx is installed and answering. This page is the file
/usr/share/nginx/html/index.html inside the image; replace it to serve your own site.</p>

<p>Documentation lives at <a href="https://nginx.org/">nginx.org</a>;
commercial support is offered at <a href="https://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

const errorHtml = `<!DOCTYPE html>
<html>
<head>
<title>Error</title>
<style>
body { width: 35em; margin: 0 auto; font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>An error occurred.</h1>
<p>The page you asked for is unavailable right now. Please try again in a moment.</p>
<p>If you run this server, the error log (/var/log/nginx/error.log) says why.</p>
</body>
</html>
`;

const mimeTypes = `types {
    text/html                                        html htm shtml;
    text/css                                         css;
    text/plain                                       txt;
    image/png                                        png;
    image/svg+xml                                    svg svgz;
    application/javascript                           js;
    application/json                                 json;
    application/octet-stream                         bin exe dll;
}
`;

const entrypoint = `#!/bin/sh
# Runs the helper scripts in /docker-entrypoint.d/ before starting nginx, unless asked to be quiet.
set -e

say() {
    if [ -z "\${NGINX_ENTRYPOINT_QUIET_LOGS:-}" ]; then
        echo "$@"
    fi
}

if [ "$1" = "nginx" ] || [ "$1" = "nginx-debug" ]; then
    if find /docker-entrypoint.d/ -mindepth 1 -maxdepth 1 -type f -print -quit 2>/dev/null | read v; then
        say "$0: /docker-entrypoint.d/ is not empty, will attempt to perform configuration"
        say "$0: Looking for shell scripts in /docker-entrypoint.d/"
        for f in $(find /docker-entrypoint.d/ -follow -type f -print | sort -V); do
            case "$f" in
                *.envsh) say "$0: Sourcing $f"; . "$f" ;;
                *.sh) say "$0: Launching $f"; "$f" ;;
                *) say "$0: Ignoring $f" ;;
            esac
        done
        say "$0: Configuration complete; ready for start up"
    else
        say "$0: No files found in /docker-entrypoint.d/, skipping configuration"
    fi
fi

exec "$@"
`;

const listenIpv6 = `#!/bin/sh
# Adds an IPv6 listen line to the default server, unless the file was changed by the user.
set -e
ME=$(basename "$0")
CONF=/etc/nginx/conf.d/default.conf

[ -f /proc/net/if_inet6 ] || { echo "$ME: info: IPv6 not available"; exit 0; }
[ -w "$CONF" ] || { echo "$ME: info: can not modify $CONF (read-only file system?)"; exit 0; }

echo "$ME: info: Getting the checksum of $CONF"
if ! dpkg-query --show --showformat='\${Conffiles}' nginx | grep -q "$(md5sum "$CONF" | cut -d' ' -f1)"; then
    echo "$ME: info: $CONF differs from the packaged version"
    exit 0
fi
sed -i -E 's,(listen +80;),\\1\\n    listen  [::]:80;,' "$CONF"
echo "$ME: info: Enabled listen on IPv6 in $CONF"
`;

const localResolvers = `#!/bin/sh
# Exports NGINX_LOCAL_RESOLVERS (from /etc/resolv.conf) when NGINX_ENTRYPOINT_LOCAL_RESOLVERS is set.
[ -z "\${NGINX_ENTRYPOINT_LOCAL_RESOLVERS:-}" ] && return 0
NGINX_LOCAL_RESOLVERS=$(awk '/^nameserver/ { printf "%s ", $2 }' /etc/resolv.conf)
export NGINX_LOCAL_RESOLVERS
`;

const envsubstTemplates = `#!/bin/sh
# Renders /etc/nginx/templates/*.template into /etc/nginx/conf.d/ with envsubst.
set -e
ME=$(basename "$0")
dir=\${NGINX_ENVSUBST_TEMPLATE_DIR:-/etc/nginx/templates}
out=\${NGINX_ENVSUBST_OUTPUT_DIR:-/etc/nginx/conf.d}
[ -d "$dir" ] || exit 0
vars=$(printf '\${%s} ' $(env | cut -d= -f1))
for tpl in "$dir"/*.template; do
    [ -f "$tpl" ] || continue
    target="$out/$(basename "$tpl" .template)"
    echo "$ME: Running envsubst on $tpl to $target"
    envsubst "$vars" < "$tpl" > "$target"
done
`;

const tuneWorkers = `#!/bin/sh
# With NGINX_ENTRYPOINT_WORKER_PROCESSES_AUTOTUNE set, matches worker_processes to the CPU quota.
set -e
[ -z "\${NGINX_ENTRYPOINT_WORKER_PROCESSES_AUTOTUNE:-}" ] && exit 0
quota=$(cat /sys/fs/cgroup/cpu.max 2>/dev/null | awk '$1 != "max" { print int(($1 + $2 - 1) / $2) }')
[ -n "$quota" ] || exit 0
sed -i "s/^worker_processes .*/worker_processes $quota;/" /etc/nginx/nginx.conf
`;

/** /etc/passwd, /etc/group, /etc/shadow after `groupadd`/`useradd` of the nginx user (uid/gid 101). */
const accountFiles: Record<string, FileSpec> = {
  '/etc/passwd': `${debianPasswd}nginx:x:101:101:nginx user:/nonexistent:/bin/false\n`,
  '/etc/group': `${debianGroup}nginx:x:101:\n`,
  '/etc/shadow': { content: `${debianShadow}nginx:!:20773::::::\n`, mode: 0o640 },
};

const installLayer: LayerSpec = {
  key: `nginx-${NGINX_VERSION}-trixie-install`,
  files: {
    ...accountFiles,
    ...dirs([
      '/etc/nginx',
      '/etc/nginx/conf.d',
      '/usr/lib/nginx',
      '/usr/lib/nginx/modules',
      '/usr/share/nginx',
      '/usr/share/nginx/html',
      '/var/cache/nginx',
      '/var/log/nginx',
    ]),
    '/etc/nginx/nginx.conf': nginxConf,
    '/etc/nginx/conf.d/default.conf': nginxDefaultConf,
    '/etc/nginx/mime.types': mimeTypes,
    '/etc/nginx/modules': { symlink: '/usr/lib/nginx/modules' },
    '/usr/sbin/nginx': bin(`nginx/${NGINX_VERSION} (nginx.org package ${NGINX_VERSION}-${PKG_RELEASE})`),
    '/usr/sbin/nginx-debug': bin(`nginx/${NGINX_VERSION} with debug logging`),
    '/usr/lib/nginx/modules/ngx_http_js_module.so': bin(`njs ${NJS_VERSION} module`),
    '/usr/bin/envsubst': bin('envsubst (gettext-base)'),
    '/usr/bin/curl': bin('curl 8.14.1 (Debian package, installed by the RUN above)'),
    '/usr/share/nginx/html/index.html': indexHtml,
    '/usr/share/nginx/html/50x.html': errorHtml,
    // The image sends nginx's logs to the container's stdout/stderr, which is what `docker logs` shows.
    '/var/log/nginx/access.log': { symlink: '/dev/stdout' },
    '/var/log/nginx/error.log': { symlink: '/dev/stderr' },
    // Created empty by the RUN; the COPY layers below fill it.
    '/docker-entrypoint.d': { dir: true, mode: 0o755 },
  },
  size: 82_318_606,
  compressedSize: 29_364_818,
  createdBy:
    'RUN /bin/sh -c set -x     && groupadd --system --gid 101 nginx     && useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid 101 nginx' +
    '     && apt-get update     && apt-get install --no-install-recommends --no-install-suggests -y gnupg1 ca-certificates' +
    '     && echo "deb [signed-by=/etc/apt/keyrings/nginx-archive-keyring.gpg] https://nginx.org/packages/mainline/debian/ trixie nginx" >> /etc/apt/sources.list.d/nginx.list' +
    '     && apt-get update     && apt-get install --no-install-recommends --no-install-suggests -y nginx=${NGINX_VERSION}-${PKG_RELEASE} nginx-module-njs=${NGINX_VERSION}+${NJS_VERSION}-${NJS_RELEASE} gettext-base curl' +
    '     && rm -rf /var/lib/apt/lists/* /etc/apt/sources.list.d/nginx.list' +
    '     && ln -sf /dev/stdout /var/log/nginx/access.log     && ln -sf /dev/stderr /var/log/nginx/error.log' +
    '     && mkdir /docker-entrypoint.d # buildkit',
  created: t(96),
};

/** A COPY layer holding exactly one small file: its size is that file's length, as Docker reports it. */
function copyLayer(key: string, path: string, content: string, createdBy: string, seconds: number): LayerSpec {
  const files = { [path]: script(content) };
  const size = treeSize(files);
  return { key, files, size, compressedSize: Math.round(size * 0.45) + 180, createdBy, created: t(seconds) };
}

const copies: LayerSpec[] = [
  copyLayer('nginx-entrypoint', '/docker-entrypoint.sh', entrypoint, 'COPY docker-entrypoint.sh / # buildkit', 97),
  copyLayer(
    'nginx-10-listen-on-ipv6',
    '/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
    listenIpv6,
    'COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d # buildkit',
    97,
  ),
  copyLayer(
    'nginx-15-local-resolvers',
    '/docker-entrypoint.d/15-local-resolvers.envsh',
    localResolvers,
    'COPY 15-local-resolvers.envsh /docker-entrypoint.d # buildkit',
    97,
  ),
  copyLayer(
    'nginx-20-envsubst',
    '/docker-entrypoint.d/20-envsubst-on-templates.sh',
    envsubstTemplates,
    'COPY 20-envsubst-on-templates.sh /docker-entrypoint.d # buildkit',
    98,
  ),
  copyLayer(
    'nginx-30-tune-workers',
    '/docker-entrypoint.d/30-tune-worker-processes.sh',
    tuneWorkers,
    'COPY 30-tune-worker-processes.sh /docker-entrypoint.d # buildkit',
    98,
  ),
];

const MAINTAINER = 'NGINX Docker Maintainers <docker-maint@nginx.com>';
const env = [
  `NGINX_VERSION=${NGINX_VERSION}`,
  `NJS_VERSION=${NJS_VERSION}`,
  `NJS_RELEASE=${PKG_RELEASE}`,
  `PKG_RELEASE=${PKG_RELEASE}`,
  `DYNPKG_RELEASE=${PKG_RELEASE}`,
];

const tm = logTimeToken;

/** What `docker logs` shows right after start: the entrypoint's lines, then nginx's own notices. */
const startLogs = [
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
  '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
  '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
  '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
  '/docker-entrypoint.sh: Configuration complete; ready for start up',
  `${tm} [notice] 1#1: using the "epoll" event method`,
  `${tm} [notice] 1#1: nginx/${NGINX_VERSION}`,
  `${tm} [notice] 1#1: built by gcc 14.2.0 (Debian 14.2.0-19) `,
  `${tm} [notice] 1#1: OS: Linux ${KERNEL_RELEASE}`,
  `${tm} [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576`,
  `${tm} [notice] 1#1: start worker processes`,
  `${tm} [notice] 1#1: start worker process 29`,
  `${tm} [notice] 1#1: start worker process 30`,
];

export const nginx: ImageSpec = {
  repository: 'library/nginx',
  tags: ['1.29', NGINX_VERSION, '1', 'mainline', `${NGINX_VERSION}-trixie`, 'mainline-trixie', 'trixie', 'latest'],
  created: t(99),
  steps: [
    { layer: debianTrixieSlimLayer },
    empty(`LABEL maintainer=${MAINTAINER}`, t(0)),
    ...env.map((e) => empty(`ENV ${e}`, t(0))),
    { layer: installLayer },
    ...copies.map((layer) => ({ layer })),
    empty('ENTRYPOINT ["/docker-entrypoint.sh"]', t(98)),
    empty('EXPOSE map[80/tcp:{}]', t(98)),
    empty('STOPSIGNAL SIGQUIT', t(98)),
    empty('CMD ["nginx" "-g" "daemon off;"]', t(99)),
  ],
  config: {
    Env: [DEFAULT_PATH, ...env],
    Entrypoint: ['/docker-entrypoint.sh'],
    Cmd: ['nginx', '-g', 'daemon off;'],
    ExposedPorts: ['80/tcp'],
    StopSignal: 'SIGQUIT',
    Labels: { maintainer: MAINTAINER },
  },
  runtime: {
    kind: 'service',
    http: { port: 80, root: '/usr/share/nginx/html', index: 'index.html' },
    writesOnStart: {
      '/run/nginx.pid': '1\n',
      '/etc/nginx/conf.d/default.conf': nginxDefaultConfAtRuntime,
    },
    logsOnStart: startLogs,
    // The master runs as root; one worker per CPU as the nginx user (the host has 2; their PIDs
    // are the ones the start-up log names).
    processes: [
      { uid: 0, pid: 1, title: 'nginx: master process nginx -g daemon off;' },
      { uid: 101, pid: 29, title: 'nginx: worker process' },
      { uid: 101, pid: 30, title: 'nginx: worker process' },
    ],
  },
};
