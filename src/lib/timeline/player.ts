/**
 * Runs playback steps on a timer. No DOM: the component wires it to the
 * widget's state, and tests drive it with fake timers.
 */
import type { Step } from './playback';

export interface PlayerHooks {
  /** Show this day. */
  show(day: string): void;
  /** Playback reached the end by itself. */
  done(): void;
}

export class Player {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #hooks: PlayerHooks;

  constructor(hooks: PlayerHooks) {
    this.#hooks = hooks;
  }

  get running(): boolean {
    return this.#timer !== undefined;
  }

  start(steps: readonly Step[]) {
    this.stop();
    let i = 0;
    const tick = () => {
      const step = steps[i++];
      if (!step) {
        this.#timer = undefined;
        this.#hooks.done();
        return;
      }
      this.#hooks.show(step.day);
      this.#timer = setTimeout(tick, step.holdMs);
    };
    // The first step in a task of its own: starting (the button, the steps)
    // and the first day's changes, each in a short task rather than one long one.
    this.#timer = setTimeout(tick);
  }

  stop() {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
