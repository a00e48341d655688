// Shared vocabulary of the element recognisers: regular expressions over normalised (lower-case,
// straight-quoted) sentence text. Every pattern here is linear: no nested quantifiers.

/** The board of directors (or a two-tier supervisory board). */
export const BOARD = /\b(board of directors|the board|our board|full board|entire board|supervisory board|board of auditors|board's|board level|boards?\b(?! of (the )?(company|management)))/;

const COMMITTEE_NAME =
  '(audit|risk|technology|cyber ?security|security|governance|nominating|compliance|finance|public policy|information technology|operations|innovation|science|data|privacy|digital|corporate responsibility|sustainability|safety|enterprise risk)';

/** A committee of the board, by name ("Audit Committee", "Audit and Finance Committee") or by relation. */
export const BOARD_COMMITTEE = new RegExp(
  // At most five more names: an unbounded repetition backtracks quadratically over a long list of names.
  `\\b(${COMMITTEE_NAME}( ?(,|and|&) ?(the )?${COMMITTEE_NAME}){0,5}( ?,? and [a-z]+)? (and [a-z]+ )?(oversight )?committee( of (the|our) board)?|committee of (the|our) board|board committee|subcommittee)\\b`,
);

/** Committees of management, which are not board committees. */
export const MANAGEMENT_COMMITTEE = /\b(management|steering|executive|working|operating|disclosure|leadership|council|internal|erm|enterprise risk management|cybersecurity risk management|incident response|(security|cyber ?security|risk) (steering|working|operating|leadership)) (committee|council|group|team|forum)\b/;

export const CYBER = /\b(cyber|information security|infosec|data security|security|information technology|it systems|data protection|privacy|threats?|incidents?|vulnerabilit)/;

/** Named management positions with responsibility for cybersecurity. */
export const POSITION =
  /\b(chief information security officer|ciso|chief information officer|\bcio\b|chief technology officer|\bcto\b|chief security officer|\bcso\b|chief (digital|data|trust|risk|privacy|information|technology|operating|financial|executive|legal|compliance|product|cyber ?security)( and [a-z ]+)? officer|chief (digital|data|trust|risk|product|information|technology) (and [a-z]+ )?officer|head of [a-z ,&]{0,40}security|(vice president|vp|svp|evp|director|senior director|head|manager)\b[a-z ,&-]{0,30}(security|cyber|information technology|infrastructure|it\b)|(security|cyber ?security|it) (director|leader|lead|officer|manager)|general counsel|(cyber ?security|security|it|risk|information security|technology|data) (steering |management |risk management |governance |oversight )?(committee|council|working group|forum)|management committee|steering committee)\b/;

/** Pronouns and defined terms that stand for a named position in follow-on sentences. */
export const POSITION_REFERENCE = /\b(he|she|they|this individual|this executive|our ciso|the ciso|the cio|the cso|the cto|the committee|members)\b/;

export const NEGATED = /\b(do not|does not|did not|have not|has not|had not|are not|is not|not currently|no longer|neither|never|none of)\b/;

export const TENTATIVE = /\b(may|might|could|from time to time may|can)\b/;

export const RISK_FACTOR_CROSS_REF = /\b(item 1a|risk factors|item 3\.?d|see .{0,60}(risk|item))\b/;
