// CL_TEMP_PROGRAMME: temporary (non- or limited-renewable) permits by programme, following
// the OECD's temporary labour-migration categories plus students.
import { labels } from '../labels.js';
import { totalCode, unknownCode } from './common-codes.js';
import { code, defineCodelist } from './define.js';

export const CL_TEMP_PROGRAMME = defineCodelist(
  'CL_TEMP_PROGRAMME',
  labels('Temporary programme', 'Programa temporal', 'Programme temporaire', 'Programa temporário'),
  [
    code(
      'STUDENT',
      labels(
        'International students',
        'Estudiantes internacionales',
        'Étudiants internationaux',
        'Estudantes internacionais',
      ),
      ['Estudiantes', 'Students', 'Étudiants', 'Estudantes'],
    ),
    code(
      'SEASONAL',
      labels(
        'Seasonal workers',
        'Trabajadores de temporada',
        'Travailleurs saisonniers',
        'Trabalhadores sazonais',
      ),
      ['Temporeros', 'Trabajadores estacionales', 'Seasonal', 'Saisonniers'],
    ),
    code(
      'ICT',
      labels(
        'Intra-company transferees',
        'Traslados intraempresariales',
        'Mutations intragroupe',
        'Transferências intraempresariais',
      ),
      ['Intra-corporate transferees', 'Transferencias intraempresa'],
    ),
    code('TRAINEE', labels('Trainees', 'Pasantes', 'Stagiaires', 'Estagiários'), [
      'Practicantes',
      'Becarios',
      'Interns',
    ]),
    code(
      'WORK_HOLIDAY',
      labels('Working holidaymakers', 'Vacaciones y trabajo', 'Vacances-travail', 'Férias-trabalho'),
      ['Working holiday', 'Work and holiday', 'Visa de vacaciones y trabajo', 'Programme vacances-travail'],
    ),
    code(
      'OTHER_WORK',
      labels(
        'Other temporary workers',
        'Otros trabajadores temporales',
        'Autres travailleurs temporaires',
        'Outros trabalhadores temporários',
      ),
      ['Trabajadores temporales', 'Temporary workers', 'Travailleurs temporaires'],
    ),
    code('OTHER', labels('Other', 'Otros', 'Autres', 'Outros'), ['Otras', 'Otro', 'Outras', 'Autre']),
    unknownCode(),
    totalCode(),
  ],
);
