/**
 * Folds whose contents are drawn only while open (issue 17) listen to the
 * summary's click as well as `toggle`: the click comes before the fold first
 * paints open, so its contents are there in that frame; `toggle` fires a task
 * later and covers every other way of opening or closing.
 */

/** Whether a click on a `<summary>` opens its fold (the fold has not toggled yet). */
export const opening = (click: { currentTarget: Element }): boolean =>
  !(click.currentTarget.parentElement as HTMLDetailsElement).open;
