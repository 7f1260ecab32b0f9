// The files waiting in ~/app on a fresh host, so `docker build -t myapp .` works in a demo.
export const STARTER_CONTEXT: Record<string, string> = {
  Dockerfile: `FROM nginx:1.29
COPY index.html /usr/share/nginx/html/index.html
EXPOSE 80
`,
  'index.html': `<!doctype html>
<html>
<head><title>My app</title></head>
<body><h1>Hello from my app, version 1</h1></body>
</html>
`,
};
