# Exercise 17: ship an image with save/load, a container's files with export/import.
# Before your commands run, the host already has mysite:1.0, built from the Dockerfile in ~/app
# (FROM nginx:1.29, COPY index.html). Your commands run in ~/app, where the archives are written.
# Write docker commands below, one per line, exactly as you would type them on a real
# Docker host. Lines starting with # are comments. Check your work with: npm test -- 17
# See what it does: npm run shell -- 17 (replays this file, then gives you a prompt).
