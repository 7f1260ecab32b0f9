# Exercise 03: one image, many containers.
# Write docker commands below, one per line, exactly as you would type them on a real
# Docker host. Lines starting with # are comments. Check your work with: npm test -- 03
# See what it does: npm run shell -- 03 (replays this file, then gives you a prompt).
