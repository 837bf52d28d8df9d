"""Words for the codes stored in the snapshot (statuses, event types...), marked for translation."""

from __future__ import annotations

from volia.web.public.i18n import N_

STATUS = {
    "imprisoned": N_("Imprisoned"), "released": N_("Released"), "in_exile": N_("In exile"),
    "deceased": N_("Died"), "unknown": N_("Unknown"),
}
GENDER = {"female": N_("Women"), "male": N_("Men"), "other": N_("Other"),
          "unknown": N_("Not known")}
EVENT = {
    "detained": N_("Detained"), "charged": N_("Charged"), "sentenced": N_("Sentenced"),
    "transferred": N_("Transferred"), "incommunicado": N_("Held incommunicado"),
    "solitary_confinement": N_("Solitary confinement"), "released": N_("Released"),
    "pardoned": N_("Pardoned"), "deported": N_("Forced abroad"),
    "died_in_custody": N_("Died in custody"),
    "recognized": N_("Recognised as a political prisoner"),
    "recognition_withdrawn": N_("Recognition withdrawn"),
    "persecuted_after_release": N_("Persecuted after release"),
    "group_release": N_("Group release"),
}
REASON = {"pardon": N_("pardon"), "served": N_("sentence served"), "exchange": N_("exchange"),
          "deal": N_("deal"), "court": N_("court decision"), "unknown": N_("reason unknown")}
FACILITY_KIND = {
    "colony": N_("Penal colony"), "prison": N_("Prison"),
    "pretrial_detention_centre": N_("Pre-trial detention centre"),
    "temporary_detention": N_("Temporary detention"), "psychiatric": N_("Psychiatric hospital"),
    "other": N_("Other"),
}
SORT = {"name": N_("Name (A–Z)"), "-name": N_("Name (Z–A)"),
        "-detained": N_("Detained (newest first)"), "detained": N_("Detained (oldest first)"),
        "-term": N_("Sentence (longest first)"), "term": N_("Sentence (shortest first)")}
SENTENCE = {"<1y": N_("under 1 year"), "1-3y": N_("1–3 years"), "3-5y": N_("3–5 years"),
            "5-10y": N_("5–10 years"), "10y+": N_("10 years or more"),
            "life": N_("life or death sentence")}
PRECISION = {"day": "", "month": N_("(month known)"), "year": N_("(year known)"),
             "unknown": N_("(date unknown)")}
