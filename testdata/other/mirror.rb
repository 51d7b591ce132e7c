# A Ruby job that reads KoboCAT and Ona alike: a read by key cannot be told
# to be of one or the other, so only the requests are reported.
require 'json'
require 'net/http'

kobo = JSON.parse(Net::HTTP.get(URI('https://kc.kobotoolbox.org/api/v1/data'))) # want "KB101 host" "KB201"
ona = JSON.parse(Net::HTTP.get(URI('https://api.ona.io/api/v1/data')))
(kobo + ona).each { |row| puts row['id_string'] }
