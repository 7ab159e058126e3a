// Phone numbers are stored in E.164 (libphonenumber-js). A number without an international
// prefix is read in the country the family gave, if any.
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";

export function toE164(raw: string, defaultCountry: string | null): string | null {
  const country = defaultCountry && /^[A-Z]{2}$/.test(defaultCountry) ? (defaultCountry as CountryCode) : undefined;
  const parsed = parsePhoneNumberFromString(raw, country);
  return parsed && parsed.isValid() ? parsed.number : null;
}
