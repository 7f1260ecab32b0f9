# Exercise 12: commit a change into a new image; the original stays as it was; tags move.
# Write docker commands below, one per line, exactly as you would type them on a real
# Docker host. Lines starting with # are comments. Check your work with: npm test -- 12
# See what it does: npm run shell -- 12 (replays this file, then gives you a prompt).
