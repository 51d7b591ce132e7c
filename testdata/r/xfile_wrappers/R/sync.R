# Names nothing of the service: read because it calls a helper that a
# file talking to it defines.
sync_media <- function(dir) {
  save_to("metadata", file.path(dir, "media.json")) # want "KB220 endpoint /api/v1/metadata"
}
