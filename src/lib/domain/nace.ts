// Pure domain code: no DOM, no storage, no Svelte.
// Sector choices for the company profile: the manufacturing divisions of NACE-BEL (section C) in
// full, and the other sections as a whole. Short names, as a Belgian reader knows them.
import type { LocalizedText } from './content/schema';

export type SectorOption = { code: string; name: LocalizedText };

export const MANUFACTURING_DIVISIONS: SectorOption[] = [
	{
		code: 'C10',
		name: {
			nl: 'Voedingsmiddelen',
			fr: 'Industries alimentaires',
			en: 'Food products',
			de: 'Nahrungs- und Futtermittel'
		}
	},
	{
		code: 'C11',
		name: { nl: 'Dranken', fr: 'Fabrication de boissons', en: 'Beverages', de: 'Getränke' }
	},
	{
		code: 'C12',
		name: {
			nl: 'Tabaksproducten',
			fr: 'Produits à base de tabac',
			en: 'Tobacco products',
			de: 'Tabakverarbeitung'
		}
	},
	{
		code: 'C13',
		name: { nl: 'Textiel', fr: 'Fabrication de textiles', en: 'Textiles', de: 'Textilien' }
	},
	{
		code: 'C14',
		name: {
			nl: 'Kleding',
			fr: 'Industrie de l’habillement',
			en: 'Wearing apparel',
			de: 'Bekleidung'
		}
	},
	{
		code: 'C15',
		name: {
			nl: 'Leer en schoenen',
			fr: 'Cuir et chaussure',
			en: 'Leather and footwear',
			de: 'Leder und Schuhe'
		}
	},
	{
		code: 'C16',
		name: {
			nl: 'Hout en kurk (geen meubelen)',
			fr: 'Travail du bois (hors meubles)',
			en: 'Wood and cork (not furniture)',
			de: 'Holz und Kork (ohne Möbel)'
		}
	},
	{
		code: 'C17',
		name: {
			nl: 'Papier en karton',
			fr: 'Papier et carton',
			en: 'Paper and paperboard',
			de: 'Papier und Pappe'
		}
	},
	{
		code: 'C18',
		name: { nl: 'Drukkerijen', fr: 'Imprimerie', en: 'Printing', de: 'Druckerzeugnisse' }
	},
	{
		code: 'C19',
		name: {
			nl: 'Cokes en geraffineerde aardolie',
			fr: 'Cokéfaction et raffinage',
			en: 'Coke and refined petroleum',
			de: 'Kokerei und Mineralölverarbeitung'
		}
	},
	{
		code: 'C20',
		name: { nl: 'Chemie', fr: 'Industrie chimique', en: 'Chemicals', de: 'Chemische Erzeugnisse' }
	},
	{
		code: 'C21',
		name: {
			nl: 'Farmaceutische producten',
			fr: 'Industrie pharmaceutique',
			en: 'Pharmaceuticals',
			de: 'Pharmazeutische Erzeugnisse'
		}
	},
	{
		code: 'C22',
		name: {
			nl: 'Rubber en kunststof',
			fr: 'Caoutchouc et plastique',
			en: 'Rubber and plastics',
			de: 'Gummi- und Kunststoffwaren'
		}
	},
	{
		code: 'C23',
		name: {
			nl: 'Glas, keramiek, beton en steen',
			fr: 'Verre, céramique, béton et pierre',
			en: 'Glass, ceramics, concrete and stone',
			de: 'Glas, Keramik, Beton und Steine'
		}
	},
	{
		code: 'C24',
		name: { nl: 'Basismetalen', fr: 'Métallurgie', en: 'Basic metals', de: 'Metallerzeugung' }
	},
	{
		code: 'C25',
		name: {
			nl: 'Metaalproducten (geen machines)',
			fr: 'Produits métalliques (hors machines)',
			en: 'Fabricated metal products',
			de: 'Metallerzeugnisse'
		}
	},
	{
		code: 'C26',
		name: {
			nl: 'Elektronica en optiek',
			fr: 'Électronique et optique',
			en: 'Computer, electronic and optical products',
			de: 'Elektronik und Optik'
		}
	},
	{
		code: 'C27',
		name: {
			nl: 'Elektrische apparatuur',
			fr: 'Équipements électriques',
			en: 'Electrical equipment',
			de: 'Elektrische Ausrüstungen'
		}
	},
	{
		code: 'C28',
		name: {
			nl: 'Machinebouw',
			fr: 'Machines et équipements',
			en: 'Machinery and equipment',
			de: 'Maschinenbau'
		}
	},
	{
		code: 'C29',
		name: {
			nl: 'Auto’s en aanhangwagens',
			fr: 'Industrie automobile',
			en: 'Motor vehicles and trailers',
			de: 'Kraftwagen und Anhänger'
		}
	},
	{
		code: 'C30',
		name: {
			nl: 'Andere transportmiddelen',
			fr: 'Autres matériels de transport',
			en: 'Other transport equipment',
			de: 'Sonstiger Fahrzeugbau'
		}
	},
	{
		code: 'C31',
		name: { nl: 'Meubelen', fr: 'Fabrication de meubles', en: 'Furniture', de: 'Möbel' }
	},
	{
		code: 'C32',
		name: {
			nl: 'Overige industrie (o.a. medische hulpmiddelen)',
			fr: 'Autres industries (dont dispositifs médicaux)',
			en: 'Other manufacturing (incl. medical devices)',
			de: 'Sonstige Waren (u. a. Medizintechnik)'
		}
	},
	{
		code: 'C33',
		name: {
			nl: 'Herstelling en installatie van machines',
			fr: 'Réparation et installation de machines',
			en: 'Repair and installation of machinery',
			de: 'Reparatur und Installation von Maschinen'
		}
	}
];

export const OTHER_SECTIONS: SectorOption[] = [
	{
		code: 'A',
		name: {
			nl: 'Landbouw, bosbouw en visserij',
			fr: 'Agriculture, sylviculture et pêche',
			en: 'Agriculture, forestry and fishing',
			de: 'Land- und Forstwirtschaft, Fischerei'
		}
	},
	{
		code: 'B',
		name: {
			nl: 'Winning van delfstoffen',
			fr: 'Industries extractives',
			en: 'Mining and quarrying',
			de: 'Bergbau'
		}
	},
	{
		code: 'D',
		name: {
			nl: 'Energievoorziening',
			fr: 'Production et distribution d’énergie',
			en: 'Energy supply',
			de: 'Energieversorgung'
		}
	},
	{
		code: 'E',
		name: {
			nl: 'Water, afval en sanering',
			fr: 'Eau, déchets et dépollution',
			en: 'Water, waste and remediation',
			de: 'Wasser, Abfall und Sanierung'
		}
	},
	{
		code: 'F',
		name: { nl: 'Bouwnijverheid', fr: 'Construction', en: 'Construction', de: 'Baugewerbe' }
	},
	{
		code: 'G',
		name: {
			nl: 'Groot- en detailhandel',
			fr: 'Commerce de gros et de détail',
			en: 'Wholesale and retail trade',
			de: 'Groß- und Einzelhandel'
		}
	},
	{
		code: 'H',
		name: {
			nl: 'Vervoer en opslag',
			fr: 'Transport et entreposage',
			en: 'Transport and storage',
			de: 'Verkehr und Lagerei'
		}
	},
	{
		code: 'J',
		name: {
			nl: 'Informatie en communicatie',
			fr: 'Information et communication',
			en: 'Information and communication',
			de: 'Information und Kommunikation'
		}
	},
	{
		code: 'M',
		name: {
			nl: 'Vrije beroepen en technisch advies',
			fr: 'Activités spécialisées et techniques',
			en: 'Professional and technical services',
			de: 'Freiberufliche und technische Dienstleistungen'
		}
	},
	{
		code: 'S',
		name: {
			nl: 'Andere diensten',
			fr: 'Autres services',
			en: 'Other services',
			de: 'Sonstige Dienstleistungen'
		}
	}
];
