/**
 * The part of qrcode's API the admin app uses, for the web apps' type check: @types/qrcode
 * pulls in Node's types, which the web apps must not see (tsconfig.web.json maps `qrcode` here).
 */
export interface QRCodeToDataURLOptions {
  width?: number;
  margin?: number;
  scale?: number;
  errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' | 'low' | 'medium' | 'quartile' | 'high';
  type?: 'image/png' | 'image/jpeg' | 'image/webp';
  color?: { dark?: string; light?: string };
}

export function toDataURL(text: string, options?: QRCodeToDataURLOptions): Promise<string>;

declare const QRCode: { toDataURL: typeof toDataURL };
export default QRCode;
