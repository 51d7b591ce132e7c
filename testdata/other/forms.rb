# A Ruby report of the KoboCAT forms of an account.
require 'json'
require 'net/http'

BASE = 'https://kc.kobotoolbox.org/api/v1' # want "KB101 host" "KB200"
forms = JSON.parse(Net::HTTP.get(URI("#{BASE}/forms"))) # want "KB210"
forms.each do |form|
  puts form['id_string'] # want "KB401 field id_string"
  puts form[:formid] # want "KB410 field formid"
end
