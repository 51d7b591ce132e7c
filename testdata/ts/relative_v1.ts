// A Kobo SDK whose HTTP client was built elsewhere with the base
// `${server}/api`: its requests name only the rest of the path.
import {KoboApiClient} from './client'

export class KoboClientV1Form {
  constructor(private api: KoboApiClient) {}

  readonly getAll = async () => this.api.get(`/v1/forms`) // want "KB210"

  readonly submit = async (xml: string) =>
    this.api.post(`/v1/submissions.json`, {body: xml}) // want "KB224"

  // ODK Central's paths also start with /v1/: projects are left alone
  readonly central = async () => this.api.get(`/v1/projects/1/forms`)
}
