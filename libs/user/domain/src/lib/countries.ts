/** How a country's addresses use a field: must be given, may be given, or do not have it (the form hides it). */
export type FieldUse = 'required' | 'optional' | 'none';

export interface Region {
  /** The ISO 3166-2 subdivision code without the country prefix (`CA` for US-CA, `NSW` for AU-NSW). */
  readonly code: string;
  readonly name: string;
}

export interface Country {
  /** ISO 3166-1 alpha-2, upper-case. */
  readonly code: string;
  readonly name: string;
  readonly postalCode: FieldUse;
  /** A whole-value pattern (anchored) for the upper-cased postcode, as `RegExp` source so it can travel as JSON. */
  readonly postalCodePattern?: string;
  readonly postalCodeExample?: string;
  readonly postalCodeLabel: string;
  readonly region: FieldUse;
  /** When listed, the region must be one of these codes. */
  readonly regions?: readonly Region[];
  readonly regionLabel: string;
}

const regions = (pairs: string): readonly Region[] =>
  pairs.split('|').map((pair) => {
    const [code = '', name = ''] = pair.split('=');
    return { code, name };
  });

const US_STATES = regions(
  'AL=Alabama|AK=Alaska|AZ=Arizona|AR=Arkansas|CA=California|CO=Colorado|CT=Connecticut|DE=Delaware|' +
    'DC=District of Columbia|FL=Florida|GA=Georgia|HI=Hawaii|ID=Idaho|IL=Illinois|IN=Indiana|IA=Iowa|KS=Kansas|' +
    'KY=Kentucky|LA=Louisiana|ME=Maine|MD=Maryland|MA=Massachusetts|MI=Michigan|MN=Minnesota|MS=Mississippi|' +
    'MO=Missouri|MT=Montana|NE=Nebraska|NV=Nevada|NH=New Hampshire|NJ=New Jersey|NM=New Mexico|NY=New York|' +
    'NC=North Carolina|ND=North Dakota|OH=Ohio|OK=Oklahoma|OR=Oregon|PA=Pennsylvania|RI=Rhode Island|' +
    'SC=South Carolina|SD=South Dakota|TN=Tennessee|TX=Texas|UT=Utah|VT=Vermont|VA=Virginia|WA=Washington|' +
    'WV=West Virginia|WI=Wisconsin|WY=Wyoming|AS=American Samoa|GU=Guam|MP=Northern Mariana Islands|' +
    'PR=Puerto Rico|VI=U.S. Virgin Islands|AA=Armed Forces Americas|AE=Armed Forces Europe|AP=Armed Forces Pacific',
);

const CA_PROVINCES = regions(
  'AB=Alberta|BC=British Columbia|MB=Manitoba|NB=New Brunswick|NL=Newfoundland and Labrador|NS=Nova Scotia|' +
    'NT=Northwest Territories|NU=Nunavut|ON=Ontario|PE=Prince Edward Island|QC=Quebec|SK=Saskatchewan|YT=Yukon',
);

const AU_STATES = regions(
  'ACT=Australian Capital Territory|NSW=New South Wales|NT=Northern Territory|QLD=Queensland|SA=South Australia|' +
    'TAS=Tasmania|VIC=Victoria|WA=Western Australia',
);

const BR_STATES = regions(
  'AC=Acre|AL=Alagoas|AP=Amapá|AM=Amazonas|BA=Bahia|CE=Ceará|DF=Distrito Federal|ES=Espírito Santo|GO=Goiás|' +
    'MA=Maranhão|MT=Mato Grosso|MS=Mato Grosso do Sul|MG=Minas Gerais|PA=Pará|PB=Paraíba|PR=Paraná|' +
    'PE=Pernambuco|PI=Piauí|RJ=Rio de Janeiro|RN=Rio Grande do Norte|RS=Rio Grande do Sul|RO=Rondônia|' +
    'RR=Roraima|SC=Santa Catarina|SP=São Paulo|SE=Sergipe|TO=Tocantins',
);

const MX_STATES = regions(
  'AGU=Aguascalientes|BCN=Baja California|BCS=Baja California Sur|CAM=Campeche|CHP=Chiapas|CHH=Chihuahua|' +
    'CMX=Ciudad de México|COA=Coahuila|COL=Colima|DUR=Durango|GUA=Guanajuato|GRO=Guerrero|HID=Hidalgo|' +
    'JAL=Jalisco|MEX=Estado de México|MIC=Michoacán|MOR=Morelos|NAY=Nayarit|NLE=Nuevo León|OAX=Oaxaca|' +
    'PUE=Puebla|QUE=Querétaro|ROO=Quintana Roo|SLP=San Luis Potosí|SIN=Sinaloa|SON=Sonora|TAB=Tabasco|' +
    'TAM=Tamaulipas|TLA=Tlaxcala|VER=Veracruz|YUC=Yucatán|ZAC=Zacatecas',
);

const JP_PREFECTURES = regions(
  '01=Hokkaido|02=Aomori|03=Iwate|04=Miyagi|05=Akita|06=Yamagata|07=Fukushima|08=Ibaraki|09=Tochigi|10=Gunma|' +
    '11=Saitama|12=Chiba|13=Tokyo|14=Kanagawa|15=Niigata|16=Toyama|17=Ishikawa|18=Fukui|19=Yamanashi|20=Nagano|' +
    '21=Gifu|22=Shizuoka|23=Aichi|24=Mie|25=Shiga|26=Kyoto|27=Osaka|28=Hyogo|29=Nara|30=Wakayama|31=Tottori|' +
    '32=Shimane|33=Okayama|34=Hiroshima|35=Yamaguchi|36=Tokushima|37=Kagawa|38=Ehime|39=Kochi|40=Fukuoka|' +
    '41=Saga|42=Nagasaki|43=Kumamoto|44=Oita|45=Miyazaki|46=Kagoshima|47=Okinawa',
);

const AE_EMIRATES = regions('AZ=Abu Dhabi|AJ=Ajman|DU=Dubai|FU=Fujairah|RK=Ras Al Khaimah|SH=Sharjah|UQ=Umm Al Quwain');

/** A country whose postcode is `digits` digits and which has no region field, the commonest European shape. */
const digitsOnly = (code: string, name: string, digits: number, example: string): Country => ({
  code,
  name,
  postalCode: 'required',
  postalCodePattern: `^\\d{${digits}}$`,
  postalCodeExample: example,
  postalCodeLabel: 'Postal code',
  region: 'none',
  regionLabel: 'Region',
});

/**
 * The countries the shop ships to, ordered by name for a country picker. Postcode patterns follow each postal
 * service's published format.
 */
export const COUNTRIES: readonly Country[] = (
  [
    { code: 'AE', name: 'United Arab Emirates', postalCode: 'none', postalCodeLabel: 'Postal code', region: 'required', regions: AE_EMIRATES, regionLabel: 'Emirate' },
    digitsOnly('AT', 'Austria', 4, '1010'),
    { code: 'AU', name: 'Australia', postalCode: 'required', postalCodePattern: '^\\d{4}$', postalCodeExample: '2000', postalCodeLabel: 'Postcode', region: 'required', regions: AU_STATES, regionLabel: 'State' },
    digitsOnly('BE', 'Belgium', 4, '1000'),
    { code: 'BR', name: 'Brazil', postalCode: 'required', postalCodePattern: '^\\d{5}-?\\d{3}$', postalCodeExample: '01310-100', postalCodeLabel: 'CEP', region: 'required', regions: BR_STATES, regionLabel: 'State' },
    {
      code: 'CA',
      name: 'Canada',
      postalCode: 'required',
      postalCodePattern: '^[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z] ?\\d[ABCEGHJ-NPRSTV-Z]\\d$',
      postalCodeExample: 'K1A 0B1',
      postalCodeLabel: 'Postal code',
      region: 'required',
      regions: CA_PROVINCES,
      regionLabel: 'Province',
    },
    digitsOnly('CH', 'Switzerland', 4, '8001'),
    { code: 'CZ', name: 'Czechia', postalCode: 'required', postalCodePattern: '^\\d{3} ?\\d{2}$', postalCodeExample: '110 00', postalCodeLabel: 'Postal code', region: 'none', regionLabel: 'Region' },
    digitsOnly('DE', 'Germany', 5, '10115'),
    digitsOnly('DK', 'Denmark', 4, '1050'),
    { code: 'ES', name: 'Spain', postalCode: 'required', postalCodePattern: '^\\d{5}$', postalCodeExample: '28001', postalCodeLabel: 'Postal code', region: 'optional', regionLabel: 'Province' },
    digitsOnly('FI', 'Finland', 5, '00100'),
    digitsOnly('FR', 'France', 5, '75001'),
    {
      code: 'GB',
      name: 'United Kingdom',
      postalCode: 'required',
      postalCodePattern: '^(GIR ?0AA|[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2})$',
      postalCodeExample: 'SW1A 1AA',
      postalCodeLabel: 'Postcode',
      region: 'optional',
      regionLabel: 'County',
    },
    { code: 'HK', name: 'Hong Kong', postalCode: 'none', postalCodeLabel: 'Postal code', region: 'none', regionLabel: 'District' },
    {
      code: 'IE',
      name: 'Ireland',
      // Eircodes exist for every address, but many people do not know theirs; An Post delivers without one.
      postalCode: 'optional',
      postalCodePattern: '^([AC-FHKNPRTV-Y]\\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}$',
      postalCodeExample: 'D02 X285',
      postalCodeLabel: 'Eircode',
      region: 'optional',
      regionLabel: 'County',
    },
    { code: 'IN', name: 'India', postalCode: 'required', postalCodePattern: '^[1-9]\\d{5}$', postalCodeExample: '110001', postalCodeLabel: 'PIN code', region: 'required', regionLabel: 'State' },
    { code: 'IT', name: 'Italy', postalCode: 'required', postalCodePattern: '^\\d{5}$', postalCodeExample: '00184', postalCodeLabel: 'Postal code', region: 'optional', regionLabel: 'Province' },
    { code: 'JP', name: 'Japan', postalCode: 'required', postalCodePattern: '^\\d{3}-?\\d{4}$', postalCodeExample: '100-0001', postalCodeLabel: 'Postal code', region: 'required', regions: JP_PREFECTURES, regionLabel: 'Prefecture' },
    { code: 'LU', name: 'Luxembourg', postalCode: 'required', postalCodePattern: '^(L-?)?\\d{4}$', postalCodeExample: '1009', postalCodeLabel: 'Postal code', region: 'none', regionLabel: 'Region' },
    { code: 'MX', name: 'Mexico', postalCode: 'required', postalCodePattern: '^\\d{5}$', postalCodeExample: '06500', postalCodeLabel: 'Postal code', region: 'required', regions: MX_STATES, regionLabel: 'State' },
    { code: 'NL', name: 'Netherlands', postalCode: 'required', postalCodePattern: '^[1-9]\\d{3} ?[A-Z]{2}$', postalCodeExample: '1012 AB', postalCodeLabel: 'Postal code', region: 'none', regionLabel: 'Province' },
    digitsOnly('NO', 'Norway', 4, '0150'),
    { code: 'NZ', name: 'New Zealand', postalCode: 'required', postalCodePattern: '^\\d{4}$', postalCodeExample: '6011', postalCodeLabel: 'Postcode', region: 'none', regionLabel: 'Region' },
    { code: 'PL', name: 'Poland', postalCode: 'required', postalCodePattern: '^\\d{2}-\\d{3}$', postalCodeExample: '00-950', postalCodeLabel: 'Postal code', region: 'none', regionLabel: 'Voivodeship' },
    { code: 'PT', name: 'Portugal', postalCode: 'required', postalCodePattern: '^\\d{4}-\\d{3}$', postalCodeExample: '1000-001', postalCodeLabel: 'Postal code', region: 'none', regionLabel: 'District' },
    { code: 'SE', name: 'Sweden', postalCode: 'required', postalCodePattern: '^\\d{3} ?\\d{2}$', postalCodeExample: '111 22', postalCodeLabel: 'Postal code', region: 'none', regionLabel: 'County' },
    { code: 'SG', name: 'Singapore', postalCode: 'required', postalCodePattern: '^\\d{6}$', postalCodeExample: '018956', postalCodeLabel: 'Postal code', region: 'none', regionLabel: 'Region' },
    {
      code: 'US',
      name: 'United States',
      postalCode: 'required',
      postalCodePattern: '^\\d{5}(-\\d{4})?$',
      postalCodeExample: '94103',
      postalCodeLabel: 'ZIP code',
      region: 'required',
      regions: US_STATES,
      regionLabel: 'State',
    },
  ] satisfies Country[]
).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

const byCode: ReadonlyMap<string, Country> = new Map(COUNTRIES.map((country) => [country.code, country]));

/** The country with this ISO code (any case, surrounding spaces ignored), or undefined if the shop does not ship there. */
export function findCountry(code: string): Country | undefined {
  return byCode.get(code.trim().toUpperCase());
}
