// Every code list of the framework, in the order the methodology page lists them.
import type { Codelist } from '../types.js';
import { CL_ACTIVITY } from './activity.js';
import { CL_AGE } from './age.js';
import { CL_AREA } from './area.js';
import { CL_ASYLUM_STAGE } from './asylum-stage.js';
import { CL_BIRTHPLACE } from './birthplace.js';
import { CL_CONF_STATUS } from './conf-status.js';
import { CL_COMPONENT, CL_FLOW } from './context.js';
import { CL_EDUCATION } from './education.js';
import { CL_LF_STATUS } from './lf-status.js';
import { CL_FREQ, CL_MIGRANT_CRITERION, CL_SOURCE_TYPE } from './metadata.js';
import { CL_MIG_CATEGORY } from './mig-category.js';
import { CL_OBS_STATUS } from './obs-status.js';
import { CL_OCCUPATION } from './occupation.js';
import { CL_POLICY_TYPE } from './policy-type.js';
import { CL_REG_PROGRAMME, CL_REG_STAGE } from './regularisation.js';
import { CL_SEX } from './sex.js';
import { CL_TEMP_PROGRAMME } from './temp-programme.js';
import { CL_UNIT_MEASURE, CL_UNIT_MULT } from './units.js';

export const CODELISTS: readonly Codelist[] = [
  CL_AREA,
  CL_SEX,
  CL_AGE,
  CL_BIRTHPLACE,
  CL_EDUCATION,
  CL_ACTIVITY,
  CL_OCCUPATION,
  CL_LF_STATUS,
  CL_MIG_CATEGORY,
  CL_TEMP_PROGRAMME,
  CL_REG_PROGRAMME,
  CL_REG_STAGE,
  CL_ASYLUM_STAGE,
  CL_FLOW,
  CL_COMPONENT,
  CL_OBS_STATUS,
  CL_CONF_STATUS,
  CL_UNIT_MULT,
  CL_UNIT_MEASURE,
  CL_SOURCE_TYPE,
  CL_MIGRANT_CRITERION,
  CL_FREQ,
  CL_POLICY_TYPE,
];

export {
  CL_ACTIVITY,
  CL_AGE,
  CL_AREA,
  CL_ASYLUM_STAGE,
  CL_BIRTHPLACE,
  CL_COMPONENT,
  CL_CONF_STATUS,
  CL_EDUCATION,
  CL_FLOW,
  CL_FREQ,
  CL_LF_STATUS,
  CL_MIG_CATEGORY,
  CL_MIGRANT_CRITERION,
  CL_OBS_STATUS,
  CL_OCCUPATION,
  CL_POLICY_TYPE,
  CL_REG_PROGRAMME,
  CL_REG_STAGE,
  CL_SEX,
  CL_SOURCE_TYPE,
  CL_TEMP_PROGRAMME,
  CL_UNIT_MEASURE,
  CL_UNIT_MULT,
};
