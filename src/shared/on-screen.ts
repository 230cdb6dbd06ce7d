/** Whether some of `element` is inside the viewport now (a layout read). */
export function onScreen(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.top < innerHeight && box.bottom > 0 && box.left < innerWidth && box.right > 0;
}
