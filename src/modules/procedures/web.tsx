export function proceduresWeb() {}
