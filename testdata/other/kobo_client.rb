# HTTParty and Faraday clients hold the base URL; requests name only the path.
require 'httparty'
require 'faraday'

class KoboClient
  include HTTParty
  base_uri 'kc.kobotoolbox.org/api/v1' # want "KB101 host" "KB200 endpoint"

  def self.projects
    get('/data', headers: { 'Authorization' => "Token #{ENV['KOBO_TOKEN']}" }) # want "KB201 endpoint"
  end

  def self.project(id)
    get("/data/#{id}") # want "KB202 endpoint"
  end
end

conn = Faraday.new(url: 'https://kc.kobotoolbox.org/api/v1') # want "KB101 host" "KB200 endpoint"
forms = conn.get('forms') # want "KB210 endpoint"

# Ona's API has the same paths: not Kobo's
ona = Faraday.new(url: 'https://api.ona.io/api/v1')
ona_forms = ona.get('forms')
