// Kobo sharing: relative paths handed to the helper of koboApi.ts.
import { t } from 'i18next';
import { sendRequest, setRequestOptions } from './koboApi';
import * as kobo from './koboApi';
import * as ona from './onaApi';

export const project = (id: number) => sendRequest(setRequestOptions(`projects/${id}`)); // want "KB237"
export const form = (id: number) => sendRequest(kobo.setRequestOptions('forms/' + id)); // want "KB211"
export const submissions = (id: number) => sendRequest(kobo.setOptionsVia(null, 'data/' + id)); // want "KB202"
export const label = () => t('forms');
export const onaForms = () => sendRequest(ona.onaOptions('forms'));
