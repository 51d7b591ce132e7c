// A table of servers: the object's name says what its values are (API
// endpoints), even where the keys name only the server.
const SERVERS = {
  default: 'https://kf.kobotoolbox.org/',
  humanitarian: 'https://kc.humanitarianresponse.info/', // want "KB103 host kc.humanitarianresponse.info"
};

const config = {
  kobo: {
    endpoints: { v1: 'https://kc.kobotoolbox.org/' }, // want "KB101 host kc.kobotoolbox.org"
  },
};

// a table whose name says nothing of an API: advice only (info)
const LINKS = { humanitarian: 'https://kc.humanitarianresponse.info/' };

module.exports = { SERVERS, config, LINKS };
