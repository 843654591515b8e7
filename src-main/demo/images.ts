/**
 * The demo menu's pictures: small top-down dish illustrations drawn as SVG, so the demo store
 * shows real images without any file from outside the repo.
 */
interface Dish {
  bg: string;
  bowl: string;
  food: string;
  toppings: { x: number; y: number; r: number; c: string; rx?: number }[];
}

function svg(d: Dish): string {
  const toppings = d.toppings
    .map((t) =>
      t.rx
        ? `<ellipse cx="${t.x}" cy="${t.y}" rx="${t.rx}" ry="${t.r}" fill="${t.c}"/>`
        : `<circle cx="${t.x}" cy="${t.y}" r="${t.r}" fill="${t.c}"/>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300" width="400" height="300">
<defs><radialGradient id="g" cx="50%" cy="40%" r="75%"><stop offset="0" stop-color="#fff" stop-opacity=".35"/><stop offset="1" stop-color="#000" stop-opacity=".15"/></radialGradient></defs>
<rect width="400" height="300" fill="${d.bg}"/>
<ellipse cx="200" cy="162" rx="128" ry="116" fill="#000" opacity=".18"/>
<circle cx="200" cy="150" r="124" fill="${d.bowl}"/>
<circle cx="200" cy="150" r="100" fill="${d.food}"/>
${toppings}
<circle cx="200" cy="150" r="124" fill="url(#g)"/>
</svg>`;
}

export const DEMO_IMAGES: Record<string, string> = {
  'demo-bibimbap.svg': svg({
    bg: '#f3e3c3',
    bowl: '#3b3b3b',
    food: '#f1efe6',
    toppings: [
      { x: 160, y: 110, r: 30, c: '#e8552f' },
      { x: 240, y: 110, r: 30, c: '#6aa84f' },
      { x: 150, y: 185, r: 28, c: '#8b5a2b' },
      { x: 250, y: 185, r: 28, c: '#f6c445' },
      { x: 200, y: 150, r: 26, c: '#fffbe8' },
      { x: 200, y: 150, r: 12, c: '#f6a800' },
    ],
  }),
  'demo-bulgogi.svg': svg({
    bg: '#e9d8c4',
    bowl: '#f4f1ea',
    food: '#7a3f1d',
    toppings: [
      { x: 170, y: 130, r: 14, c: '#9c5226', rx: 40 },
      { x: 230, y: 170, r: 14, c: '#9c5226', rx: 40 },
      { x: 200, y: 110, r: 6, c: '#6aa84f', rx: 30 },
      { x: 185, y: 190, r: 6, c: '#f2f2f2', rx: 22 },
      { x: 240, y: 120, r: 5, c: '#6aa84f', rx: 20 },
    ],
  }),
  'demo-kimchi-stew.svg': svg({
    bg: '#f0d9c8',
    bowl: '#2d2a28',
    food: '#c8371d',
    toppings: [
      { x: 165, y: 125, r: 22, c: '#f5efe0' },
      { x: 235, y: 170, r: 22, c: '#f5efe0' },
      { x: 215, y: 115, r: 14, c: '#e36c3a', rx: 30 },
      { x: 170, y: 180, r: 12, c: '#7ab55c', rx: 28 },
      { x: 250, y: 130, r: 6, c: '#2f7d32', rx: 18 },
    ],
  }),
  'demo-doenjang-stew.svg': svg({
    bg: '#eadfcd',
    bowl: '#2d2a28',
    food: '#a9793f',
    toppings: [
      { x: 170, y: 130, r: 20, c: '#f5efe0' },
      { x: 230, y: 165, r: 20, c: '#f5efe0' },
      { x: 220, y: 115, r: 12, c: '#5d8a3c', rx: 24 },
      { x: 170, y: 185, r: 10, c: '#c9a35b', rx: 22 },
    ],
  }),
  'demo-pajeon.svg': svg({
    bg: '#f4ead2',
    bowl: '#fafafa',
    food: '#e3b04b',
    toppings: [
      { x: 170, y: 120, r: 6, c: '#4f8f3a', rx: 50 },
      { x: 220, y: 150, r: 6, c: '#4f8f3a', rx: 55 },
      { x: 180, y: 185, r: 6, c: '#4f8f3a', rx: 45 },
      { x: 245, y: 115, r: 9, c: '#e96b4c' },
      { x: 150, y: 160, r: 9, c: '#e96b4c' },
    ],
  }),
  'demo-tteokbokki.svg': svg({
    bg: '#f7dcd0',
    bowl: '#f4f1ea',
    food: '#d9381e',
    toppings: [
      { x: 165, y: 120, r: 11, c: '#f3e6d8', rx: 32 },
      { x: 230, y: 130, r: 11, c: '#f3e6d8', rx: 32 },
      { x: 190, y: 175, r: 11, c: '#f3e6d8', rx: 32 },
      { x: 245, y: 185, r: 16, c: '#f5f0e6' },
      { x: 245, y: 185, r: 8, c: '#f6b800' },
    ],
  }),
  'demo-sikhye.svg': svg({
    bg: '#e3eef3',
    bowl: '#d9e6ec',
    food: '#f2e6c9',
    toppings: [
      { x: 180, y: 130, r: 5, c: '#fffdf4' },
      { x: 215, y: 160, r: 5, c: '#fffdf4' },
      { x: 195, y: 180, r: 5, c: '#fffdf4' },
      { x: 230, y: 125, r: 5, c: '#fffdf4' },
      { x: 160, y: 165, r: 5, c: '#fffdf4' },
    ],
  }),
  'demo-cola.svg': svg({
    bg: '#e7e3f0',
    bowl: '#cfd4d8',
    food: '#3a1f12',
    toppings: [
      { x: 175, y: 125, r: 18, c: '#dff3fb' },
      { x: 225, y: 165, r: 18, c: '#dff3fb' },
      { x: 215, y: 115, r: 5, c: '#ffffff' },
    ],
  }),
};
