interface Window {
  HKDataPause: { version: string; mount(target: Element, options?: Record<string, unknown>): HTMLElement };
}
