// FRAMEWORK §8 as data. Only CONF_STATUS F leaves the system as it is; a protected value is
// removed and shown as OBS_STATUS Q. Survey cells with CV above 33.3 % or fewer than 10
// unweighted cases are suppressed; CV from 16.6 % to 33.3 % is published flagged U.
export const DISCLOSURE_RULES = Object.freeze({
  /** The one confidentiality status published as it is. */
  publishableConf: 'F',
  /** Shown instead of a removed value. */
  suppressedStatus: 'Q',
  /** CONF_STATUS of a cell suppressed to protect another (SDMX: secondary, set by the receiver). */
  secondaryConf: 'S',
  /** CONF_STATUS of a survey cell suppressed for its reliability (not for publication). */
  unreliableConf: 'N',
  surveyCvSuppressAbove: 33.3,
  surveyCvFlagFrom: 16.6,
  surveySampleBelow: 10,
  /** OBS_STATUS of a published survey value of low reliability. */
  lowReliabilityStatus: 'U',
});
