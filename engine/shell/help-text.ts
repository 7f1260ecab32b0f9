// What `help` prints in the simulated terminal: the kit's own words, not Docker's.
export const HELP_TEXT = `This terminal is a simulated Docker 29 host: no daemon, no network, nothing to install.
It answers the way a real Docker host does, so what you type here works on your own machine too.

  docker --help              every docker command this host knows
  docker pull nginx          download an image (the blueprint)
  docker run -d -p 8080:80 nginx
                             start a container (a house built from it)
  curl http://localhost:8080 ask the container that published port 8080
  docker ps -a               containers, running and stopped
  docker images              images, marked U when a container uses them
  docker exec -it <name> sh  a shell inside a running container (type exit to leave)
  cat Dockerfile             the build context in ~/app, for docker build -t myapp .
  ls, cat, echo … > file     files in ~/app; docker cp moves them in and out of a container
  docker save nginx > n.tar  an image as a file; docker load < n.tar brings it back
  clear                      clear the screen (Ctrl+L too)

Offline images: hello-world, busybox, alpine, debian, ubuntu, nginx, redis, node, python.
`;
