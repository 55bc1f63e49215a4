export { FilterProxy, PHASES, BYPASS_PARAM, extractBypass, type ListenerKind } from './server.js';
export { defaultConfig, type ProxyConfig, type ListenerConfig } from './config.js';
export { ProxyError, PROXY_ERRORS, type ProxyErrorCode, type ErrorSide } from './errors.js';
export { isForbiddenAddress } from './upstream.js';
export { RotatingJsonlWriter } from './recorder.js';
