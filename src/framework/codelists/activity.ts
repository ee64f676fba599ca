// CL_ACTIVITY: ISIC Rev.4 sections A–U. English, Spanish and French are the UN Statistics
// Division's official titles (shared/data/codes-isic4); Portuguese follows IBGE's CNAE 2.0
// section titles, the national adaptation of ISIC Rev.4 used by Brazilian correspondents.
import { labels } from '../labels.js';
import { totalCode, unknownCode } from './common-codes.js';
import { code, defineCodelist } from './define.js';

// biome-ignore format: one row per code reads as a table
const SECTIONS: [string, string, string, string, string][] = [
  ['A', 'Agriculture, forestry and fishing', 'Agricultura, ganadería, silvicultura y pesca', 'Agriculture, sylviculture et pêche', 'Agricultura, pecuária, produção florestal, pesca e aquicultura'],
  ['B', 'Mining and quarrying', 'Explotación de minas y canteras', 'Activités extractives', 'Indústrias extrativas'],
  ['C', 'Manufacturing', 'Industrias manufactureras', 'Activités de fabrication', 'Indústrias de transformação'],
  ['D', 'Electricity, gas, steam and air conditioning supply', 'Suministro de electricidad, gas, vapor y aire acondicionado', "Production et distribution d'électricité, de gaz, de vapeur et climatisation", 'Eletricidade e gás'],
  ['E', 'Water supply; sewerage, waste management and remediation activities', 'Suministro de agua; evacuación de aguas residuales, gestión de desechos y descontaminación', "Distribution d'eau; réseau d'assainissement; gestion des déchets et activités de remise en état", 'Água, esgoto, atividades de gestão de resíduos e descontaminação'],
  ['F', 'Construction', 'Construcción', 'Construction', 'Construção'],
  ['G', 'Wholesale and retail trade; repair of motor vehicles and motorcycles', 'Comercio al por mayor y al por menor; reparación de vehículos automotores y motocicletas', 'Commerce de gros et de détail, réparations de véhicules automobiles et de motocycles', 'Comércio; reparação de veículos automotores e motocicletas'],
  ['H', 'Transportation and storage', 'Transporte y almacenamiento', 'Transport et entreposage', 'Transporte, armazenagem e correio'],
  ['I', 'Accommodation and food service activities', 'Actividades de alojamiento y de servicio de comidas', "Activités d'hébergement et de restauration", 'Alojamento e alimentação'],
  ['J', 'Information and communication', 'Información y comunicaciones', 'Information et communication', 'Informação e comunicação'],
  ['K', 'Financial and insurance activities', 'Actividades financieras y de seguros', "Activités financières et d'assurances", 'Atividades financeiras, de seguros e serviços relacionados'],
  ['L', 'Real estate activities', 'Actividades inmobiliarias', 'Activités immobilières', 'Atividades imobiliárias'],
  ['M', 'Professional, scientific and technical activities', 'Actividades profesionales, científicas y técnicas', 'Activités professionnelles, scientifiques et techniques', 'Atividades profissionais, científicas e técnicas'],
  ['N', 'Administrative and support service activities', 'Actividades de servicios administrativos y de apoyo', "Activités de services administratifs et d'appui", 'Atividades administrativas e serviços complementares'],
  ['O', 'Public administration and defence; compulsory social security', 'Administración pública y defensa; planes de seguridad social de afiliación obligatoria', 'Administration publique et défense; sécurité sociale obligatoire', 'Administração pública, defesa e seguridade social'],
  ['P', 'Education', 'Enseñanza', 'Éducation', 'Educação'],
  // The shared French file reads "Santé et et activités d'action sociale" (a typo); this is the official title.
  ['Q', 'Human health and social work activities', 'Actividades de atención de la salud humana y de asistencia social', "Santé humaine et action sociale", 'Saúde humana e serviços sociais'],
  ['R', 'Arts, entertainment and recreation', 'Actividades artísticas, de entretenimiento y recreativas', 'Arts, spectacles et loisirs', 'Artes, cultura, esporte e recreação'],
  ['S', 'Other service activities', 'Otras actividades de servicios', 'Autres activités de services', 'Outras atividades de serviços'],
  ['T', 'Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use', 'Actividades de los hogares como empleadores; actividades no diferenciadas de los hogares como productores de bienes y servicios para uso propio', 'Activités des ménages privés employant du personnel domestique; activités non différenciées de production de biens et de services des ménages privés pour usage propre', 'Serviços domésticos'],
  ['U', 'Activities of extraterritorial organizations and bodies', 'Actividades de organizaciones y órganos extraterritoriales', 'Activités des organisations et organismes extra-territoriaux', 'Organismos internacionais e outras instituições extraterritoriais'],
];

export const CL_ACTIVITY = defineCodelist(
  'CL_ACTIVITY',
  labels(
    'Economic activity (ISIC Rev.4 sections)',
    'Actividad económica (secciones CIIU Rev.4)',
    'Activité économique (sections CITI rév.4)',
    'Atividade econômica (seções CIIU Rev.4)',
  ),
  [
    ...SECTIONS.map(([id, en, es, fr, pt]) =>
      code(id, labels(en, es, fr, pt), [`Sección ${id}`, `Section ${id}`, `Seção ${id}`]),
    ),
    unknownCode(['Actividad no especificada', 'Activity not stated', 'Activité non déclarée']),
    totalCode(['Todas las actividades', 'All activities', 'Toutes activités', 'Todas as atividades']),
  ],
);
