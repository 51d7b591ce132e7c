// Export helper of the data team; builds URLs in several ways.
const path = require('path');
const url = require('url');

const config = {
  baseUrl: 'https://kc.kobotoolbox.org', // want "KB101 host"
  kpiUrl: 'https://kf.kobotoolbox.org',
  apiPrefix: '/api/v1', // want "KB200 endpoint"
};

class KoboExporter {
  constructor(token) {
    this.token = token;
    this.root = config.baseUrl + config.apiPrefix;
  }

  async forms() {
    const res = await fetch(new URL('forms', this.root + '/')); // want "KB210 endpoint"
    return res.json();  // want "KB501 shape"
  }

  async metadata(formid) {
    const target = url.resolve(config.baseUrl, path.posix.join('/api/v1/metadata', String(formid))); // want "KB221 endpoint"
    const res = await fetch(target);
    const files = await res.json();
    return files.map((m) => m.data_filename); // want "KB434 field data_filename"
  }

  async assets() {
    const res = await fetch([config.kpiUrl, 'api', 'v2', 'assets', ''].join('/'));
    const page = await res.json();
    return page.results.map((a) => a.name);
  }
}

module.exports = KoboExporter;
