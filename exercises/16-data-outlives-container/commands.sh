# Exercise 16: keep data across a container's replacement with a named volume.
# Write docker commands below, one per line, exactly as you would type them on a real
# Docker host. Lines starting with # are comments. Check your work with: npm test -- 16
# See what it does: npm run shell -- 16 (replays this file, then gives you a prompt).
