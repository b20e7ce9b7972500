/** The shape of data/geo/map.json, written by data/geo/build.ts. */
export interface MapGeometry {
  source: string;
  main: {
    width: number;
    height: number;
    neighbours: string;
    mainland: string;
    taiwan: string;
    hongKong: string;
    /** The inset's extent on the main map, drawn as the locator box. */
    locator: { x: number; y: number; width: number; height: number };
    /** Where the inset is drawn over the main map (wide layouts). */
    insetBox: { x: number; y: number; width: number; height: number };
    hongKongPoint: [number, number];
    mainlandLabel: [number, number];
    taiwanLabel: [number, number];
  };
  inset: {
    width: number;
    height: number;
    mainland: string;
    hongKong: string;
    macau: string;
    hongKongLabel: [number, number];
    macauLabel: [number, number];
  };
}
