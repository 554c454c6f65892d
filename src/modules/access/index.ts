/** API keys, roles and the access rule (decisions §10, §11). */
export { decide, requestAuth } from './access-policy';
export { Need } from '../common/access';
export type { AccessSettings, Decision } from './access-policy';
export { apiKeyStore } from './api-key-store';
export type { KeyListing, NewKey } from './api-key-store';
export { ensureAdminKey, ADMIN_KEY_FILE } from './admin-key';
export { isWellFormedKey } from './api-key-format';
