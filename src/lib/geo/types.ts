/** A box in a panel's frame units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The shape of data/geo/map.json, written by data/geo/build.ts. */
export interface MapGeometry {
  source: string;
  /** Hong Kong, the main picture. */
  hero: {
    width: number;
    height: number;
    /** Hong Kong's land, the region with a status. */
    hongKong: string;
    /** The mainland shore beside Hong Kong: context, no status (the locator carries it). */
    land: string;
    /** Where the mainland locator is laid over this panel. */
    locatorBox: Box;
    /** Anchor of Hong Kong's label (start of the text), in open water. */
    hongKongLabel: [number, number];
  };
  /** Mainland China, small, as context: coloured by its status too. */
  locator: {
    width: number;
    height: number;
    mainland: string;
    taiwan: string;
    /** The Hong Kong panel's extent, drawn as a box on the locator. */
    hongKongBox: Box;
  };
}
