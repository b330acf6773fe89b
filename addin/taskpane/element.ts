/** One of the pane's elements, by its id in taskpane.html. */
export const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
