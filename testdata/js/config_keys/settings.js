// Settings of the export job, read by key in etl.js.
module.exports = {
  survey: {
    server: 'https://kc.humanitarianresponse.info', // want "KB103 host"
    formId: 12345,
  },
  census: {
    server: 'https://api.ona.io',
  },
};
