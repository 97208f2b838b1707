/** A postal address as printed on a label or slip. `country` is ISO 3166-1 alpha-2 (`DE`, `GB`). */
export interface PartyAddress {
  name: string;
  company?: string;
  line1: string;
  line2?: string;
  city: string;
  region?: string;
  postalCode: string;
  country: string;
}

export interface LabelParcel {
  trackingNumber: string;
  weightGrams: number;
  /** 1-based position of this parcel in the shipment. */
  index: number;
  /** How many parcels the shipment has. */
  count: number;
}

export interface LabelDocument {
  carrier: string;
  service: string;
  shipFrom: PartyAddress;
  shipTo: PartyAddress;
  /** The order reference the warehouse and the customer know the shipment by. */
  reference: string;
  /** Printed on the label and used as the PDF's creation date, so a fixed input renders byte-identical output. */
  createdAt: Date;
  parcels: LabelParcel[];
  /**
   * Builds the URL the QR code points to. Without it the QR code holds the bare tracking number.
   * It must be pure: it is called once per parcel while the PDF is being written.
   */
  trackingUrl?: (trackingNumber: string) => string;
  /** A return label: marked RETURN, the shop as the recipient. */
  isReturn?: boolean;
}

export interface PackingSlipOption {
  name: string;
  value: string;
}

export interface PackingSlipLine {
  sku: string;
  title: string;
  options?: PackingSlipOption[];
  quantity: number;
}

export interface PackingSlipDocument {
  shopName: string;
  /** The order reference, as on the label. */
  reference: string;
  createdAt: Date;
  shipTo: PartyAddress;
  lines: PackingSlipLine[];
  parcelCount: number;
  /** Defaults to A4. */
  paperSize?: 'A4' | 'LETTER';
  /** A short message printed under the table, e.g. a returns note. */
  note?: string;
}
