// Settings of the Kobo proxy, read by key in the other modules.
export const config = {
  kobotoolbox: {
    server: 'https://kc.kobotoolbox.org/api/v1', // want "KB101 host" "KB200"
  },
  ona: {
    server: 'https://api.ona.io/api/v1',
  },
};
