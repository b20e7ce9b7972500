/**
 * The widget's CSS. The build replaces this placeholder with the compiled
 * stylesheet of every component (see `inlineCss` in vite.config.ts).
 */
export const CSS: string = '/*__HK_DATA_PAUSE_CSS__*/';
