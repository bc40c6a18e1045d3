#!/usr/bin/env python3
"""Generate the Powermap demo account (docs/FORMAT.md, format `powermap/1`).

    python3 scripts/make_demo.py           # build, validate, write src/main/resources/demo/telecom-operator.json
    python3 scripts/make_demo.py --check   # build, validate, and fail if the committed file differs

Everything that carries meaning (orgs, people, the planted hidden decision-makers, blockers, coaches,
red flags, opportunities, key interactions and actions) is written out by hand below. A seeded
random.Random only adds filler: influence ties inside departments and routine interactions.
Output is deterministic: the same script always writes the same bytes.

All dates are relative to EXPORTED_AT (2026-11-01); the app shifts them so the file reads as of today.
See docs/DEMO.md for what is planted and why.
"""
import datetime as dt
import json
import math
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "main" / "resources" / "demo" / "telecom-operator.json"

EXPORTED_AT = "2026-11-01T00:00:00Z"
TODAY = dt.date(2026, 11, 1)
WINDOW_START = dt.date(2025, 11, 1)         # interactions cover the 12 months before TODAY
CONTACT_CUTOFF = TODAY - dt.timedelta(days=90)   # 2026-08-03: "no contact in 90 days" before this
SEED = 20261101

ACCOUNT_ID = "acct-orion"
OPP_BIG = "opp-5g-ran"
OPP_SMALL = "opp-north-transport"

# --------------------------------------------------------------------------------------------
# Enums (docs/FORMAT.md)
# --------------------------------------------------------------------------------------------
CUSTOMER_CLASSES = ["A", "B", "C", "D", "V", "X"]
ORG_LEVELS = ["VENDOR", "SUPPLIER", "STRATEGIC_SUPPLIER", "PARTNER"]
ORG_KINDS = ["GROUP", "COMPANY", "SUBSIDIARY", "DEPARTMENT", "BOARD", "COMMITTEE", "REGULATOR",
             "GOVERNMENT", "PARTNER", "OTHER"]
EXTENSIVE = ["POOR", "FAIR", "GOOD", "EXCELLENT"]
RANKS = ["BOARD", "C_LEVEL", "VP", "DIRECTOR", "MANAGER", "STAFF", "EXTERNAL"]
ROLES = ["APPROVER", "DECISION_MAKER", "EVALUATOR", "INFLUENCER", "USER", "GATEKEEPER"]
STANCES = ["OPPOSED", "NEUTRAL", "FAVORABLE", "SUPPORTIVE", "CHAMPION"]
CRITERIA = ["RELATIONSHIP", "ECONOMY", "TIME", "IMAGE", "QUALITY", "GUIDANCE", "CUSTOMER_GROUP", "POLITICS"]
TIE_KINDS = ["ADVICE", "TRUST", "FAMILY", "FRIEND", "EX_COLLEAGUE", "ALUMNI", "POLITICAL", "OWNERSHIP", "OTHER"]
PRIORITIES = ["FIRST", "SECOND"]
STAGES = ["LEAD", "QUALIFIED", "PROPOSAL", "NEGOTIATION", "WON", "LOST"]
INTERACTION_KINDS = ["MEETING", "CALL", "VISIT", "EVENT", "EMAIL"]
ACTION_KINDS = ["WORKSHOP", "SITE_VISIT", "TRAINING", "JOINT_PAPER", "EVENT", "MEETING", "GIFT", "FAVOR",
                "HOSPITALITY", "OTHER"]
ACTION_STATUSES = ["PLANNED", "IN_PROGRESS", "DONE", "CANCELLED"]
RISKS = ["NONE", "LOW", "HIGH"]
VISIT_STATUSES = ["DRAFT", "PLANNED", "DONE", "CANCELLED"]

# Seniority ladder used for the owner/target seniority check (EXTERNAL is not on it).
SENIORITY = {"BOARD": 6, "C_LEVEL": 5, "VP": 4, "DIRECTOR": 3, "MANAGER": 2, "STAFF": 1}

# --------------------------------------------------------------------------------------------
# Account and organisations
# --------------------------------------------------------------------------------------------
ACCOUNT = {
    "id": ACCOUNT_ID,
    "name": "Orion Telecom Group",
    "customerClass": "A",
    "orgLevel": "SUPPLIER",
    "notes": ("National integrated operator (mobile, fibre, enterprise cloud, one regional subsidiary); "
              "51% state-owned. We supply part of the packet core and the northern microwave network; "
              "Nordwave Networks is the incumbent RAN vendor, Kestrel Systems the low-price challenger. "
              "Goal FY2027: win the 5G RAN modernisation (phase 2) and move from SUPPLIER to STRATEGIC_SUPPLIER."),
}


def org(id, name, kind, parent, level=None):
    return {"id": id, "name": name, "kind": kind, "parentId": parent, "extensiveLevel": level}


ORGS = [
    org("o-group", "Orion Telecom Group", "GROUP", None, "FAIR"),
    org("o-board", "Board of Directors", "BOARD", "o-group", "POOR"),
    org("o-ceo-office", "Office of the Group CEO", "DEPARTMENT", "o-group", "FAIR"),
    org("o-strategy", "Group Strategy & Transformation", "DEPARTMENT", "o-group", "GOOD"),
    org("o-finance", "Group Finance", "DEPARTMENT", "o-group", "FAIR"),
    org("o-cto-office", "Group Technology (CTO Office)", "DEPARTMENT", "o-group", "GOOD"),
    org("o-procurement", "Group Procurement", "DEPARTMENT", "o-group", "FAIR"),
    org("o-legal", "Legal & Regulatory Affairs", "DEPARTMENT", "o-group", "POOR"),
    org("o-hr", "Group Human Resources", "DEPARTMENT", "o-group", "FAIR"),
    org("o-bec", "Bid Evaluation Committee (5G RAN tender)", "COMMITTEE", "o-group", "FAIR"),
    org("o-tep", "Technical Evaluation Panel", "COMMITTEE", "o-bec", "GOOD"),
    org("o-mobile", "Orion Mobile", "SUBSIDIARY", "o-group", "GOOD"),
    org("o-mob-np", "Network Planning", "DEPARTMENT", "o-mobile", "EXCELLENT"),
    org("o-mob-ran", "Radio Access Network", "DEPARTMENT", "o-mobile", "POOR"),
    org("o-mob-core", "Core Network", "DEPARTMENT", "o-mobile", "FAIR"),
    org("o-mob-ops", "Network Operations", "DEPARTMENT", "o-mobile", "GOOD"),
    org("o-fixed", "Orion Fibre & Broadband", "SUBSIDIARY", "o-group", "FAIR"),
    org("o-fix-trans", "Transmission & IP Backbone", "DEPARTMENT", "o-fixed", "GOOD"),
    org("o-fix-ops", "Field Operations", "DEPARTMENT", "o-fixed", "FAIR"),
    org("o-enterprise", "Orion Enterprise & Cloud", "SUBSIDIARY", "o-group", "POOR"),
    org("o-ent-it", "IT & OSS/BSS", "DEPARTMENT", "o-enterprise", "POOR"),
    org("o-ent-cloud", "Cloud & Edge Services", "DEPARTMENT", "o-enterprise", "FAIR"),
    org("o-north", "Orion Telecom North", "SUBSIDIARY", "o-group", "EXCELLENT"),
    org("o-north-eng", "Regional Engineering", "DEPARTMENT", "o-north", "GOOD"),
    org("o-north-ops", "Regional Operations", "DEPARTMENT", "o-north", "GOOD"),
    org("o-regulator", "National Communications Authority (NCA)", "REGULATOR", None, "FAIR"),
    org("o-ministry", "Ministry of Digital Development (state shareholder, 51%)", "GOVERNMENT", None, "POOR"),
    org("o-si", "Pacific Bridge Systems Integration", "PARTNER", None, "GOOD"),
    org("o-university", "National Polytechnic University", "OTHER", None, None),
    org("o-advisory", "Lindqvist Telecom Advisory", "OTHER", None, None),
    org("o-meridian", "Meridian Capital Partners", "OTHER", None, None),
]

# --------------------------------------------------------------------------------------------
# Our staff (not account-scoped). Names are used as "by" in stanceHistory.
# --------------------------------------------------------------------------------------------
STAFF = [
    {"id": "s-ceo", "name": "Magnus Ekholm", "title": "Chief Executive Officer", "rank": "C_LEVEL",
     "email": "magnus.ekholm@vendor.example"},
    {"id": "s-cto", "name": "Ingrid Solberg", "title": "Chief Technology Officer", "rank": "C_LEVEL",
     "email": "ingrid.solberg@vendor.example"},
    {"id": "s-regpres", "name": "Paolo Ferrari", "title": "President, Asia-Pacific & Central Asia Region",
     "rank": "VP", "email": "paolo.ferrari@vendor.example"},
    {"id": "s-ad", "name": "Anna Berg", "title": "Account Director, Orion Telecom Group", "rank": "DIRECTOR",
     "email": "anna.berg@vendor.example"},
    {"id": "s-chief-arch", "name": "James Whitaker", "title": "Chief Solution Architect, Orion account",
     "rank": "DIRECTOR", "email": "james.whitaker@vendor.example"},
    {"id": "s-sa-ran", "name": "Chloe Martin", "title": "Senior Solution Architect, RAN", "rank": "MANAGER",
     "email": "chloe.martin@vendor.example"},
    {"id": "s-sa-core", "name": "Felix Braun", "title": "Solution Architect, Core & Transport", "rank": "MANAGER",
     "email": "felix.braun@vendor.example"},
    {"id": "s-svc", "name": "Rohan Gupta", "title": "Service Delivery Manager", "rank": "MANAGER",
     "email": "rohan.gupta@vendor.example"},
    {"id": "s-kam", "name": "Emma Lindberg", "title": "Key Account Manager", "rank": "MANAGER",
     "email": "emma.lindberg@vendor.example"},
    {"id": "s-bid", "name": "Tomás Silva", "title": "Bid Manager", "rank": "MANAGER",
     "email": "tomas.silva@vendor.example"},
]
STAFF_NAME = {s["id"]: s["name"] for s in STAFF}

# --------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------
PEOPLE = []


def H(stance, at, by, note):
    """One stanceHistory entry: a previous stance, when it was recorded, by whom (staff id)."""
    return {"stance": stance, "at": at + "T09:00:00Z", "by": STAFF_NAME[by], "note": note}


def person(id, name, title, rank, orgs, reports=None, role=None, stance="NEUTRAL", org_roles=None,
           history=None, rising=False, on_chart=True, prof=None, pers=None, criteria=None, notes=None,
           tags=None):
    PEOPLE.append({
        "id": id, "name": name, "title": title, "rank": rank,
        "orgIds": list(orgs), "orgRoles": dict(org_roles or {}),
        "reportsTo": reports, "decisionRole": role, "stance": stance,
        "stanceHistory": list(history or []),
        "risingStar": rising, "onOrgChart": on_chart,
        "needs": {"professional": list(prof or []), "personal": list(pers or [])},
        "criteria": [{"category": c, "note": n} for c, n in (criteria or [])],
        "notes": notes, "tags": list(tags or []),
    })


# ---- Group: board, CEO office ---------------------------------------------------------------
person("p-chair", "王建国", "Chairman of the Board", "BOARD", ["o-board"], None, "APPROVER", "NEUTRAL",
       org_roles={"o-board": "Chairman"},
       history=[H("FAVORABLE", "2025-12-10", "s-ceo", "Warm courtesy call after Orion's 2025 network award.")],
       prof=["Deliver the state shareholder's dividend and capex-discipline targets",
             "National 5G coverage commitment to the Ministry by 2028"],
       pers=["Legacy: the chairman who built national 5G",
             "Avoids any hint of favouritism since the 2025 state audit"],
       criteria=[("POLITICS", "Must be defensible to the Ministry and the state audit office"),
                 ("ECONOMY", "Ten-year total cost, not only capex"),
                 ("IMAGE", "National-champion narrative: local jobs and a local R&D presence")],
       notes=("Former deputy minister of communications. Cooled from FAVORABLE to NEUTRAL in spring 2026 after "
              "the state shareholder asked for a price-led tender. Meets our CEO about once a year."),
       tags=["board", "approver", "red-flag:approver-neutral"])
person("p-ceo", "Nadia Rahimova", "Group Chief Executive Officer", "C_LEVEL", ["o-group", "o-board"], "p-chair",
       "APPROVER", "FAVORABLE", org_roles={"o-board": "Executive Director"},
       history=[H("NEUTRAL", "2025-11-15", "s-regpres", "First meeting after her appointment; polite, non-committal.")],
       prof=["Meet the 5G licence obligation: 70% population coverage by end-2027",
             "Lift group EBITDA margin by 2 points through network opex cuts"],
       pers=["Wants to be seen as the digital transformer of Orion",
             "Values loyalty; hates being surprised in front of the board"],
       criteria=[("TIME", "The swap must not put the 2027 licence milestone at risk"),
                 ("ECONOMY", "Energy opex savings in the business case"),
                 ("RELATIONSHIP", "Trusts vendors whose CEO shows up in person")],
       notes=("Appointed October 2025, previously CEO of Orion Mobile. Her husband's brother, Farid Rahimov, "
              "is a close informal adviser. Studied at National Polytechnic University (class of 1996)."),
       tags=["approver", "visit-target"])
person("p-board-state", "Руслан Ахметов", "Non-executive Director (state shareholder nominee)", "BOARD",
       ["o-board", "o-ministry"], "p-chair", None, "NEUTRAL",
       org_roles={"o-board": "Director (state nominee)", "o-ministry": "Director, State Assets Department"},
       prof=["Maximise dividend to the state budget"], pers=["Career inside the ministry"],
       notes="Pushes for price-led procurement; has praised Kestrel's indicative price in the board.",
       tags=["board", "state", "blocker", "kestrel-aligned"])
person("p-board-ind1", "Sarah Whitfield", "Independent Director, Technology Committee Chair", "BOARD",
       ["o-board"], "p-chair", None, "FAVORABLE", org_roles={"o-board": "Technology Committee Chair"},
       notes="Former COO of a European operator; knows our CTO from GSMA work.", tags=["board"])
person("p-board-ind2", "周丽华", "Independent Director, Audit Committee Chair", "BOARD", ["o-board"], "p-chair",
       None, "OPPOSED", org_roles={"o-board": "Audit Committee Chair"},
       history=[H("NEUTRAL", "2026-01-22", "s-ad", "Before the audit committee's vendor lock-in finding.")],
       notes="Opposes single-vendor swaps since the audit committee's vendor lock-in finding (Feb 2026).",
       tags=["board", "audit"])
person("p-board-sec", "Anika Patel", "Company Secretary", "DIRECTOR", ["o-board", "o-legal"], "p-chair", None,
       "FAVORABLE", org_roles={"o-board": "Secretary to the Board"},
       notes="Prepares board papers; knows what the Chairman reads.", tags=["board-access"])
person("p-ea-ceo", "Grace Tan", "Executive Assistant to the Group CEO", "STAFF", ["o-ceo-office"], "p-ceo",
       "GATEKEEPER", "FAVORABLE",
       prof=["Keep the CEO's diary free of unprepared vendor meetings"],
       pers=["Appreciates punctual, well-prepared visitors"],
       criteria=[("RELATIONSHIP", "Requests go through her, with a one-page agenda, three weeks ahead")],
       notes="Controls the CEO's calendar; route for the executive visit.", tags=["gatekeeper"])

# ---- Group Strategy --------------------------------------------------------------------------
person("p-strategy-vp", "Jonas Weber", "VP Group Strategy & Transformation", "VP", ["o-strategy"], "p-ceo",
       "INFLUENCER", "SUPPORTIVE",
       history=[H("FAVORABLE", "2025-12-02", "s-ad", "Liked our network-sharing benchmark.")],
       prof=["Own the 5G business case presented to the board", "Land the network-sharing strategy"],
       pers=["Ambition to run an opco within two years", "Likes data before opinions"],
       criteria=[("ECONOMY", "Ten-year NPV of the swap"),
                 ("GUIDANCE", "Wants benchmarks from comparable operators"),
                 ("CUSTOMER_GROUP", "One group-wide architecture across the opcos")],
       notes="Our best line to the CEO; briefs her before every board meeting.", tags=["coach"])
person("p-strategy-mgr", "Priya Nair", "Manager, Network Economics", "MANAGER", ["o-strategy"], "p-strategy-vp",
       None, "FAVORABLE", notes="Builds the TCO model the CFO reads.")
person("p-strategy-analyst", "刘洋", "Senior Strategy Analyst", "STAFF", ["o-strategy"], "p-strategy-mgr")

# ---- Group Finance ---------------------------------------------------------------------------
person("p-cfo", "Henrik Aalto", "Group Chief Financial Officer", "C_LEVEL", ["o-finance"], "p-ceo",
       "DECISION_MAKER", "FAVORABLE",
       history=[H("OPPOSED", "2025-11-20", "s-regpres", "Shocked by the first indicative price."),
                H("NEUTRAL", "2026-03-10", "s-regpres", "The TCO model showed the energy savings.")],
       prof=["Keep capex/revenue below 16%", "Net debt/EBITDA under 2.5x"],
       pers=["Wants to be the CEO's partner, not her brake", "Marathon runner; values discipline"],
       criteria=[("ECONOMY", "Capex per site and vendor-financing terms"),
                 ("TIME", "Payment milestones tied to cluster acceptance"),
                 ("QUALITY", "A real penalty regime on swap KPIs")],
       notes="Decision-maker with sign-off on the tender. Nobody on our side owns this relationship yet.",
       tags=["decision-maker", "red-flag:no-first-owner"])
person("p-fin-vp", "Мария Козлова", "VP Financial Planning & Capex", "VP", ["o-finance", "o-bec"], "p-cfo",
       "EVALUATOR", "FAVORABLE", org_roles={"o-bec": "Member (commercial evaluation)"},
       prof=["Capex plan that survives the board", "Fewer budget overruns in network projects"],
       pers=["Respected for rigour; wants to be the next CFO"],
       criteria=[("ECONOMY", "Capex phasing across 2027-2029"),
                 ("QUALITY", "Transparent, auditable price breakdown")],
       tags=["bid-committee"])
person("p-fin-ctrl", "Daniel Osei", "Director Group Controlling", "DIRECTOR", ["o-finance"], "p-fin-vp")
person("p-fin-capex", "Lukas Brandt", "Capex Controller, Network", "MANAGER", ["o-finance"], "p-fin-ctrl")
person("p-fin-analyst", "黄磊", "Financial Analyst", "STAFF", ["o-finance"], "p-fin-capex")
person("p-ir", "Camille Durand", "Director Investor Relations", "DIRECTOR", ["o-finance"], "p-cfo", None,
       "FAVORABLE", notes="Wants a capital-markets-day story about energy efficiency.")

# ---- Group Technology (CTO office) -----------------------------------------------------------
person("p-cto", "Rafael Mendes", "Group Chief Technology Officer", "C_LEVEL", ["o-cto-office"], "p-ceo",
       "DECISION_MAKER", "FAVORABLE",
       history=[H("NEUTRAL", "2025-11-12", "s-cto", "Annual review: sceptical about swap risk.")],
       prof=["Swap 6,000 sites without a major outage", "Cut RAN energy use by 25% by 2028",
             "Move to 5G standalone on one platform"],
       pers=["Wants a keynote slot at MWC 2027",
             "Loyal to his mentor Georg Lindqvist; also listens to Farid Rahimov, his former boss"],
       criteria=[("QUALITY", "Swap outage minutes per site"),
                 ("TIME", "Cluster-by-cluster plan with a rollback path"),
                 ("GUIDANCE", "What Georg Lindqvist thinks carries weight"),
                 ("IMAGE", "Energy-efficiency leadership in the region")],
       notes="Reported to Farid Rahimov at Orion Mobile 2008-2016. Owns the technical recommendation.",
       tags=["decision-maker", "visit-target"])
person("p-cto-cos", "林美", "Head of CTO Office (Chief of Staff)", "MANAGER", ["o-cto-office"], "p-cto",
       "GATEKEEPER", "NEUTRAL",
       prof=["Run a tidy CTO agenda; no vendor end-runs around the process"],
       pers=["Keeps close ties with her former Nordwave colleagues"],
       criteria=[("RELATIONSHIP", "Prefers vendors she already knows"),
                 ("TIME", "Everything via the CTO office, with two weeks' notice")],
       notes="Ex-Nordwave (2012-2016). Filters what reaches the CTO; close to Виктор Соколов.",
       tags=["gatekeeper", "blocker", "nordwave-aligned"])
person("p-arch-dir", "Oskar Nilsson", "Director Technology Architecture & Standards", "DIRECTOR",
       ["o-cto-office", "o-tep"], "p-cto", "EVALUATOR", "FAVORABLE", org_roles={"o-tep": "Chair"},
       history=[H("NEUTRAL", "2026-01-28", "s-chief-arch", "Before the energy-saving workshop.")],
       prof=["A standards-based, multi-vendor-ready architecture", "Keep the TEP scoring defensible"],
       pers=["Wants recognition in 3GPP/O-RAN circles"],
       criteria=[("QUALITY", "Open interfaces, O-RAN readiness"), ("GUIDANCE", "Lab evidence over slides")],
       notes="Chairs the Technical Evaluation Panel, whose score feeds the BEC.", tags=["tech-panel"])
person("p-arch-mgr", "Yusuf Demir", "Principal Architect, Cloud-native Core", "MANAGER",
       ["o-cto-office", "o-tep"], "p-arch-dir", None, "FAVORABLE", org_roles={"o-tep": "Member"})
person("p-energy", "Clara Hoffmann", "Manager Energy Efficiency & Sustainability", "MANAGER", ["o-cto-office"],
       "p-arch-dir", None, "FAVORABLE", notes="Owns the group's net-zero network KPI.")
person("p-innov", "张敏", "Head of Innovation Lab", "MANAGER", ["o-cto-office"], "p-cto", None, "FAVORABLE",
       rising=True, notes="Tipped to become deputy CTO in 2027.", tags=["rising-star"])
person("p-tech-eng", "Ahmad Faizal", "Principal Engineer, Standards", "STAFF", ["o-cto-office", "o-tep"],
       "p-arch-dir", None, "NEUTRAL", org_roles={"o-tep": "Secretary"})

# ---- Group Procurement and the Bid Evaluation Committee ----------------------------------------
person("p-proc-vp", "Stefan Novak", "VP Group Procurement", "VP", ["o-procurement", "o-bec"], "p-cfo",
       "EVALUATOR", "NEUTRAL", org_roles={"o-bec": "Member"},
       history=[H("FAVORABLE", "2025-12-05", "s-ad", "Before Kestrel's aggressive RFI price.")],
       prof=["Deliver 12% procurement savings on network spend", "A clean, challenge-proof tender"],
       pers=["Measured on savings; bonus tied to them"],
       criteria=[("ECONOMY", "Lowest evaluated price"), ("POLITICS", "No appeal risk from losing bidders")],
       notes="Champions Kestrel's low price inside the BEC.", tags=["blocker", "kestrel-aligned"])
person("p-bec-chair", "陈海燕", "Director Strategic Sourcing, Network", "DIRECTOR", ["o-procurement", "o-bec"],
       "p-proc-vp", "EVALUATOR", "FAVORABLE", org_roles={"o-bec": "Chair"},
       history=[H("NEUTRAL", "2026-04-08", "s-ad", "RFP kickoff: strictly neutral.")],
       prof=["Run a tender the state audit cannot fault", "Promotion to VP Procurement"],
       pers=["Wants her scoring method recognised as best practice"],
       criteria=[("QUALITY", "Weighted technical score from the TEP"),
                 ("ECONOMY", "Life-cycle cost model"),
                 ("GUIDANCE", "Consults Prof. Волков and Georg Lindqvist on scoring")],
       notes=("Only a director, but chairs the Bid Evaluation Committee and in practice decides the ranking "
              "(hidden DECISION_MAKER in the 5G RAN deal)."),
       tags=["bid-committee", "hidden-decision-maker"])
person("p-proc-mgr", "Marek Kowalski", "Category Manager, Radio & Core", "MANAGER", ["o-procurement", "o-bec"],
       "p-bec-chair", "EVALUATOR", "NEUTRAL", org_roles={"o-bec": "Secretary"},
       prof=["Clean bid documents, on schedule"], pers=["Wants fewer late-night clarification rounds"],
       criteria=[("TIME", "Answers to clarifications within 48 hours"),
                 ("ECONOMY", "Unit prices comparable across bidders")],
       tags=["bid-committee"])
person("p-proc-buyer", "Olivia Grant", "Senior Buyer, Transmission", "STAFF", ["o-procurement"], "p-proc-mgr")
person("p-proc-contract", "Tariq Hassan", "Contract Manager", "MANAGER", ["o-procurement"], "p-proc-vp")

# ---- Legal & Regulatory, HR ---------------------------------------------------------------------
person("p-gc", "Isabelle Laurent", "General Counsel", "VP", ["o-legal"], "p-ceo", None, "NEUTRAL",
       prof=["No tender challenges", "Spectrum licence compliance"], pers=["Risk-averse; cautious with new vendors"],
       criteria=[("POLITICS", "Regulator relationship"), ("QUALITY", "Standard liability terms")])
person("p-legal-reg", "Алексей Морозов", "Director Regulatory Affairs", "DIRECTOR", ["o-legal"], "p-gc", None,
       "FAVORABLE", notes="Orion's day-to-day link to the NCA.", tags=["broker"])
person("p-legal-counsel", "Hannah Schmidt", "Senior Legal Counsel, Procurement", "MANAGER", ["o-legal", "o-bec"],
       "p-gc", None, "NEUTRAL", org_roles={"o-bec": "Member (legal)"}, tags=["bid-committee"])
person("p-compliance", "Ravi Shankar", "Compliance Manager", "MANAGER", ["o-legal"], "p-gc")
person("p-chro", "Elif Kaya", "VP Human Resources", "VP", ["o-hr"], "p-ceo", None, "NEUTRAL",
       prof=["Reskill 800 field engineers for 5G"], pers=["Wants a vendor-funded training academy"],
       criteria=[("QUALITY", "Certified training for Orion staff")])

# ---- Orion Mobile ----------------------------------------------------------------------------
person("p-mob-ceo", "Kenji Watanabe", "Chief Executive Officer, Orion Mobile", "C_LEVEL", ["o-mobile"], "p-ceo",
       "INFLUENCER", "FAVORABLE",
       history=[H("NEUTRAL", "2026-03-03", "s-svc", "Met our CEO briefly at MWC 2026.")],
       prof=["Mobile churn below 1.2% a month", "Best 5G network-test score in the country"],
       pers=["New in post (Nov 2025); wants quick visible wins"],
       criteria=[("QUALITY", "Customer-experienced network quality during the swap"),
                 ("IMAGE", "Win the national 5G network award")],
       notes="Business owner of the RAN. Our most senior line to him is our service delivery manager.",
       tags=["opco-ceo", "red-flag:seniority-mismatch"])
person("p-mob-cto", "Amara Nwosu", "CTO & VP Network, Orion Mobile", "VP", ["o-mobile"], "p-mob-ceo",
       "EVALUATOR", "SUPPORTIVE",
       history=[H("FAVORABLE", "2025-12-01", "s-regpres", "Annual review; open to a swap.")],
       prof=["Own the swap execution plan", "Halve the drop-call rate in dense urban areas"],
       pers=["Wants to succeed Rafael Mendes as group CTO"],
       criteria=[("QUALITY", "Massive-MIMO performance in the trial clusters"),
                 ("TIME", "Swap 1,500 sites per year")],
       notes="Became SUPPORTIVE after the reference site visit (June 2026).", tags=["coach"])
person("p-mob-cco", "Sophie Dubois", "Chief Commercial Officer, Orion Mobile", "VP", ["o-mobile"], "p-mob-ceo",
       None, "NEUTRAL", prof=["5G ARPU uplift"], pers=["Marketing-led; wants launch events"],
       criteria=[("IMAGE", "A 5G launch story for the brand")])
person("p-np-dir", "Erik Sandberg", "Director Network Planning", "DIRECTOR", ["o-mob-np", "o-tep"], "p-mob-cto",
       "EVALUATOR", "CHAMPION", org_roles={"o-tep": "Member"},
       history=[H("SUPPORTIVE", "2025-12-15", "s-chief-arch", "Supportive; exclusive after the energy workshop.")],
       prof=["A capacity plan that survives 40% traffic growth a year"],
       pers=["Former protégé of Georg Lindqvist; wants to chair the TEP next time"],
       criteria=[("QUALITY", "Spectral efficiency per MHz"), ("ECONOMY", "Energy per bit")],
       notes="Our champion: advises the CTO directly and briefs us on the TEP's thinking.",
       tags=["coach", "champion", "tech-panel"])
person("p-np-mgr-radio", "吴涛", "Manager Radio Planning", "MANAGER", ["o-mob-np"], "p-np-dir", None,
       "SUPPORTIVE", rising=True, notes="Nominated to join the Technical Evaluation Panel in Q1 2027.",
       tags=["rising-star"])
person("p-np-mgr-cap", "Fatima Zahra", "Manager Capacity & Spectrum Planning", "MANAGER", ["o-mob-np"],
       "p-np-dir", None, "FAVORABLE")
person("p-np-eng1", "Tomasz Wiśniewski", "RF Planning Engineer", "STAFF", ["o-mob-np"], "p-np-mgr-radio", None,
       "FAVORABLE")
person("p-np-eng2", "Lena Fischer", "Spectrum Engineer", "STAFF", ["o-mob-np"], "p-np-mgr-cap")
person("p-np-eng3", "Arjun Mehta", "Senior RF Engineer", "STAFF", ["o-mob-np"], "p-np-mgr-radio", None, "FAVORABLE")
person("p-ran-dir", "Виктор Соколов", "Director Radio Access Engineering", "DIRECTOR", ["o-mob-ran", "o-tep"],
       "p-mob-cto", "EVALUATOR", "OPPOSED", org_roles={"o-tep": "Member"},
       history=[H("NEUTRAL", "2025-11-20", "s-sa-ran", "Before the trial outage in Orion North (Feb 2026).")],
       prof=["Zero swap-related outages on his watch", "Keep his team's Nordwave skills relevant"],
       pers=["Ex-Nordwave engineer; personal loyalty to former colleagues"],
       criteria=[("QUALITY", "Proven stability in live networks"),
                 ("RELATIONSHIP", "Trusts the incumbent's support team")],
       notes="Blames us for the February 2026 trial outage. Strong voice in the TEP and with the CTO.",
       tags=["blocker", "nordwave-aligned", "tech-panel"])
person("p-ran-mgr-ops", "Ben Carter", "Manager RAN Performance", "MANAGER", ["o-mob-ran"], "p-ran-dir", None,
       "OPPOSED", notes="Follows his director; runs the Nordwave OSS daily.", tags=["nordwave-aligned"])
person("p-ran-mgr-rollout", "孙丽", "Manager 5G Rollout", "MANAGER", ["o-mob-ran"], "p-ran-dir", "USER",
       "FAVORABLE", rising=True,
       prof=["Hit 1,500 site integrations a year"], pers=["Wants to lead the swap programme office"],
       criteria=[("TIME", "Integration time per site"), ("QUALITY", "Tooling for remote acceptance")],
       notes="Likely head of the swap programme office in 2027.", tags=["rising-star"])
person("p-ran-eng1", "Pavel Novotný", "RAN Integration Engineer", "STAFF", ["o-mob-ran"], "p-ran-mgr-rollout")
person("p-ran-eng2", "Maya Levi", "RAN Optimisation Engineer", "STAFF", ["o-mob-ran"], "p-ran-mgr-ops")
person("p-ran-eng3", "Ivan Horvat", "Site Acceptance Engineer", "STAFF", ["o-mob-ran"], "p-ran-mgr-rollout",
       None, "FAVORABLE")
person("p-core-dir", "Mehmet Yilmaz", "Director Core Network", "DIRECTOR", ["o-mob-core", "o-tep"], "p-mob-cto",
       "EVALUATOR", "FAVORABLE", org_roles={"o-tep": "Member"},
       prof=["5G SA core ready before the RAN swap reaches 50%"], pers=["Prefers email to meetings"],
       criteria=[("QUALITY", "RAN-core interoperability evidence"), ("TIME", "SA launch date")],
       notes="Happy with our packet core, but we have not spoken to him since June 2026.",
       tags=["tech-panel", "red-flag:no-recent-contact"])
person("p-core-mgr-pc", "Laura Rossi", "Manager Packet Core", "MANAGER", ["o-mob-core"], "p-core-dir", None,
       "FAVORABLE")
person("p-core-mgr-ims", "郭静", "Manager Voice & IMS", "MANAGER", ["o-mob-core"], "p-core-dir")
person("p-core-eng1", "Samuel Adeyemi", "Core Network Engineer", "STAFF", ["o-mob-core"], "p-core-mgr-pc")
person("p-core-eng2", "Kirsi Mäkinen", "Cloud Platform Engineer", "STAFF", ["o-mob-core"], "p-core-mgr-pc", None,
       "FAVORABLE")
person("p-ops-dir", "Carlos Ortega", "Director Network Operations", "DIRECTOR", ["o-mob-ops"], "p-mob-cto",
       "USER", "NEUTRAL",
       prof=["Keep network availability above 99.95% during the swap"], pers=["Tired of vendor finger-pointing"],
       criteria=[("QUALITY", "One OSS view across old and new RAN"), ("RELATIONSHIP", "24/7 local support")])
person("p-noc-mgr", "Agnieszka Nowak", "NOC Manager", "MANAGER", ["o-mob-ops"], "p-ops-dir", None, "FAVORABLE")
person("p-field-mgr", "Joseph Mwangi", "Field Maintenance Manager", "MANAGER", ["o-mob-ops"], "p-ops-dir")
person("p-noc-eng1", "Hiroshi Tanaka", "NOC Shift Lead", "STAFF", ["o-mob-ops"], "p-noc-mgr")
person("p-noc-eng2", "Emily Clarke", "NOC Engineer", "STAFF", ["o-mob-ops"], "p-noc-mgr")

# ---- Orion Fibre & Broadband -------------------------------------------------------------------
person("p-fix-ceo", "Peter Lindholm", "Managing Director, Orion Fibre & Broadband", "C_LEVEL", ["o-fixed"],
       "p-ceo", None, "NEUTRAL", prof=["2 million fibre homes passed by 2028"],
       pers=["Sees mobile getting all the capex"], criteria=[("ECONOMY", "Shared transport capex with mobile")])
person("p-fix-cto", "Rania Haddad", "VP Fixed Network", "VP", ["o-fixed"], "p-fix-ceo", None, "FAVORABLE",
       prof=["One converged IP transport for fixed and mobile"], pers=["Engineer at heart; likes lab visits"],
       criteria=[("QUALITY", "Converged transport design")])
person("p-trans-dir", "Andrzej Zieliński", "Director Transmission & IP Backbone", "DIRECTOR",
       ["o-fix-trans", "o-tep"], "p-fix-cto", "EVALUATOR", "FAVORABLE", org_roles={"o-tep": "Member"},
       history=[H("NEUTRAL", "2026-01-10", "s-sa-core", "Before the backhaul capacity study.")],
       prof=["Backhaul ready for 5G cluster traffic", "Refresh the northern microwave network"],
       pers=["Wants budget autonomy from the group CTO office"],
       criteria=[("QUALITY", "Microwave capacity per hop"), ("ECONOMY", "Reuse of existing towers and power")],
       notes="Evaluator on the RAN deal (backhaul) and decision-maker on the Orion North transport refresh.",
       tags=["tech-panel"])
person("p-trans-mgr-mw", "Olumide Bello", "Manager Microwave Backhaul", "MANAGER", ["o-fix-trans"], "p-trans-dir",
       "EVALUATOR", "NEUTRAL", prof=["Fewer microwave link outages in winter"],
       pers=["Impressed by Kestrel's low price"], criteria=[("ECONOMY", "Price per link")],
       tags=["kestrel-aligned"])
person("p-trans-mgr-ip", "王芳", "Manager IP/MPLS", "MANAGER", ["o-fix-trans"], "p-trans-dir", None, "FAVORABLE")
person("p-trans-eng1", "Jakub Dvořák", "Transmission Engineer", "STAFF", ["o-fix-trans"], "p-trans-mgr-mw")
person("p-trans-eng2", "Siti Rahman", "IP Network Engineer", "STAFF", ["o-fix-trans"], "p-trans-mgr-ip", None,
       "FAVORABLE")
person("p-fixops-dir", "Giulia Bianchi", "Director Field Operations", "DIRECTOR", ["o-fix-ops"], "p-fix-cto")
person("p-fixops-mgr", "Ahmed Saleh", "Fibre Deployment Manager", "MANAGER", ["o-fix-ops"], "p-fixops-dir")
person("p-fixops-eng", "Tom Becker", "Field Engineer", "STAFF", ["o-fix-ops"], "p-fixops-mgr")

# ---- Orion Enterprise & Cloud -------------------------------------------------------------------
person("p-ent-ceo", "Victoria Lam", "Managing Director, Orion Enterprise & Cloud", "C_LEVEL", ["o-enterprise"],
       "p-ceo", None, "NEUTRAL", prof=["Grow private-5G revenue"], pers=["Wants edge-cloud partnerships"],
       criteria=[("CUSTOMER_GROUP", "Private-5G offers for enterprise customers")])
person("p-ent-cio", "Michael O'Brien", "Group CIO & VP IT/OSS", "VP", ["o-enterprise", "o-ent-it"], "p-ent-ceo",
       None, "OPPOSED", org_roles={"o-ent-it": "Head"},
       history=[H("NEUTRAL", "2026-05-05", "s-chief-arch", "Before our OSS integration quote.")],
       prof=["Consolidate OSS from 14 systems to 4"], pers=["Guards IT's say over network tooling"],
       criteria=[("ECONOMY", "OSS integration cost"), ("QUALITY", "Open northbound APIs")],
       notes="Sees our OSS integration quote as a hidden cost; talks to the CTO and CFO.",
       tags=["opposed"])
person("p-oss-dir", "Sergio Alvarez", "Director OSS & Automation", "DIRECTOR", ["o-ent-it"], "p-ent-cio")
person("p-oss-mgr", "Hana Kim", "Manager Service Assurance", "MANAGER", ["o-ent-it"], "p-oss-dir")
person("p-oss-eng", "Mohammed Al-Sayed", "Automation Engineer", "STAFF", ["o-ent-it"], "p-oss-mgr")
person("p-it-arch", "Paul Jensen", "Enterprise IT Architect", "MANAGER", ["o-ent-it"], "p-ent-cio")
person("p-cloud-dir", "Lucía Fernández", "Director Cloud & Edge Services", "DIRECTOR", ["o-ent-cloud"],
       "p-ent-ceo", None, "FAVORABLE")
person("p-ent-sales", "David Kim", "Director Enterprise Sales", "DIRECTOR", ["o-enterprise"], "p-ent-ceo")

# ---- Orion Telecom North (regional subsidiary) ----------------------------------------------------
person("p-reg-md", "Айгуль Нурланова", "Managing Director, Orion Telecom North", "VP", ["o-north"], "p-ceo",
       "APPROVER", "CHAMPION",
       history=[H("SUPPORTIVE", "2025-11-20", "s-regpres", "Drive-test results in the northern cluster.")],
       prof=["Winter-proof network in the north", "Own budget for the regional transport refresh"],
       pers=["Wants the north to be the group's showcase region"],
       criteria=[("QUALITY", "Link availability at -40 °C"), ("RELATIONSHIP", "Local support engineers")],
       notes="Approver of the Orion North transport refresh; long-standing champion of ours.",
       tags=["champion", "coach"])
person("p-reg-eng-dir", "Kwame Asante", "Director Regional Engineering", "DIRECTOR", ["o-north", "o-north-eng"],
       "p-reg-md", "EVALUATOR", "SUPPORTIVE", org_roles={"o-north-eng": "Head"},
       prof=["Transport refresh without field-crew overtime"], pers=["Values hands-on training"],
       criteria=[("QUALITY", "Remote management of microwave links"), ("TIME", "Install before the freeze")],
       notes="Coach on the Orion North refresh: former colleague of the transmission director.", tags=["coach"])
person("p-reg-ops-mgr", "李娜", "Regional Operations Manager", "MANAGER", ["o-north-ops"], "p-reg-md", "USER",
       "FAVORABLE", rising=True,
       prof=["Fewer truck rolls"], pers=["Being groomed to succeed the MD"],
       criteria=[("QUALITY", "Alarm correlation in one screen")], tags=["rising-star"])
person("p-reg-eng1", "Bolat Serikov", "Field Engineer", "STAFF", ["o-north-eng"], "p-reg-eng-dir")
person("p-reg-eng2", "Zhanna Ospanova", "Transmission Engineer", "STAFF", ["o-north-eng"], "p-reg-eng-dir", None,
       "FAVORABLE")
person("p-reg-fin", "Marat Bekov", "Finance Manager, Orion North", "MANAGER", ["o-north"], "p-reg-md")

# ---- Regulator, government, partner (outsiders: onOrgChart false) -------------------------------
person("p-nca-chair", "Сергей Лебедев", "Chairman, National Communications Authority", "EXTERNAL",
       ["o-regulator"], None, None, "NEUTRAL", on_chart=False, tags=["regulator"])
person("p-nca-spectrum", "Dr. Mei Ling Goh", "Director Spectrum Management, NCA", "EXTERNAL", ["o-regulator"],
       "p-nca-chair", None, "NEUTRAL", on_chart=False, tags=["regulator"])
person("p-nca-officer", "Ольга Смирнова", "Senior Licensing Officer, NCA", "EXTERNAL", ["o-regulator"],
       "p-nca-spectrum", None, "NEUTRAL", on_chart=False, tags=["regulator"])
person("p-min-deputy", "Arman Kassymov", "Deputy Minister for Digital Infrastructure", "EXTERNAL", ["o-ministry"],
       None, None, "NEUTRAL", on_chart=False, tags=["government", "state-shareholder"])
person("p-min-advisor", "Nurlan Abenov", "Policy Advisor, Digital Infrastructure", "EXTERNAL", ["o-ministry"],
       "p-min-deputy", None, "NEUTRAL", on_chart=False, tags=["government"])
person("p-si-ceo", "Gareth Evans", "CEO, Pacific Bridge Systems Integration", "EXTERNAL", ["o-si"], None, None,
       "SUPPORTIVE", on_chart=False, notes="Our integration partner for the swap.", tags=["partner"])
person("p-si-delivery", "Nurul Huda", "Delivery Director, Pacific Bridge", "EXTERNAL", ["o-si"], "p-si-ceo", None,
       "FAVORABLE", on_chart=False, tags=["partner"])
person("p-si-arch", "杨帆", "Lead Solution Architect, Pacific Bridge", "EXTERNAL", ["o-si"], "p-si-delivery",
       None, "FAVORABLE", on_chart=False, tags=["partner"])

# ---- PLANTED hidden decision-makers (no decision role, no formal power, not on the org chart) -----
person("p-relative", "Farid Rahimov", "Senior Partner, Meridian Capital Partners", "EXTERNAL", ["o-meridian"],
       None, None, "NEUTRAL", on_chart=False,
       prof=["Meridian is raising an infrastructure fund and follows Orion's plans closely"],
       pers=["Family reputation; any look of a conflict of interest is a red line for him"],
       criteria=[("RELATIONSHIP", "Trusts people he has worked with"),
                 ("POLITICS", "Protects Nadia's standing with the board")],
       notes=("PLANTED (relative): brother of the Group CEO's husband, i.e. her brother-in-law. Ex-VP Network "
              "Engineering at Orion Mobile (2008-2016), where Rafael Mendes reported to him; the CTO still "
              "asks his advice on the swap."),
       tags=["hidden-influencer", "family-tie"])
person("p-classmate", "Дмитрий Волков", "Professor of Radio Communications, National Polytechnic University",
       "EXTERNAL", ["o-university", "o-regulator"], None, None, "FAVORABLE",
       org_roles={"o-regulator": "Technical Advisory Board member"}, on_chart=False,
       prof=["Research funding for the 6G lab", "A seat on the national spectrum strategy group"],
       pers=["Proud of his former students in industry"],
       criteria=[("GUIDANCE", "Technical merit as shown in published results"),
                 ("IMAGE", "Industry-academia collaboration")],
       notes=("PLANTED (former classmate): studied with Nadia Rahimova (class of 1996) and supervised "
              "陈海燕's MSc thesis. Advises the NCA on spectrum."),
       tags=["hidden-influencer", "alumni-tie"])
person("p-advisor", "Georg Lindqvist", "Independent Advisor; former Group CTO of Orion (2011-2021)", "EXTERNAL",
       ["o-advisory"], None, None, "NEUTRAL", on_chart=False,
       history=[H("OPPOSED", "2026-02-20", "s-cto", "Still blamed us for the 2019 core outage.")],
       prof=["Keep his advisory retainers", "Protect the architecture he designed"],
       pers=["Wants to be consulted; dislikes being bypassed"],
       criteria=[("QUALITY", "Operational track record"), ("GUIDANCE", "Being briefed before the decision")],
       notes=("PLANTED (outside advisor): retired former CTO, now a consultant. Mentor of Rafael Mendes; the BEC "
              "chair asks him to sanity-check technical scoring."),
       tags=["hidden-influencer", "advisor"])

P = {p["id"]: p for p in PEOPLE}

# --------------------------------------------------------------------------------------------
# Influence ties (a -> b: a sways b). Hand-written: the meaningful structure.
# --------------------------------------------------------------------------------------------
HAND_TIES = [
    # PLANTED hidden decision-makers: strong ties INTO the decision chain
    ("p-relative", "p-ceo", "FAMILY", 3, 0.95, "told by coach (Jonas Weber); seen together at the MWC 2026 dinner", "2001-06-16"),
    ("p-relative", "p-cto", "ADVICE", 3, 0.85, "told by coach (Erik Sandberg): monthly breakfasts", "2017-01-01"),
    ("p-relative", "p-cto", "EX_COLLEAGUE", 2, 0.9, "LinkedIn: Orion Mobile 2008-2016, CTO reported to him", "2008-03-01"),
    ("p-relative", "p-chair", "FRIEND", 1, 0.5, "seen at the Orion 30th anniversary gala", "2015-01-01"),
    ("p-classmate", "p-ceo", "ALUMNI", 3, 0.9, "alumni yearbook, Polytechnic class of 1996; LinkedIn", "1991-09-01"),
    ("p-classmate", "p-bec-chair", "ALUMNI", 3, 0.8, "her MSc thesis supervisor (university website)", "2004-09-01"),
    ("p-classmate", "p-nca-spectrum", "ADVICE", 3, 0.8, "NCA technical advisory board minutes", "2019-05-01"),
    ("p-classmate", "p-arch-dir", "ALUMNI", 1, 0.6, "guest lecturer when he studied (LinkedIn)", "2009-09-01"),
    ("p-advisor", "p-cto", "ADVICE", 3, 0.9, "told by coach (Erik Sandberg); the CTO calls him 'my mentor'", "2011-04-01"),
    ("p-advisor", "p-bec-chair", "ADVICE", 3, 0.85, "told by coach: she asks him to sanity-check TEP scoring", "2021-09-01"),
    ("p-advisor", "p-np-dir", "EX_COLLEAGUE", 2, 0.9, "LinkedIn: Orion 2011-2021", "2011-04-01"),
    ("p-advisor", "p-ran-dir", "EX_COLLEAGUE", 2, 0.8, "LinkedIn: Orion 2013-2021", "2013-01-01"),
    ("p-advisor", "p-mob-cto", "ADVICE", 1, 0.6, "panel together at a 2025 industry forum", "2025-06-01"),

    # State shareholder, board, regulator
    ("p-min-deputy", "p-chair", "OWNERSHIP", 2, 0.8, "state holds 51%; the ministry nominates the chairman", "2022-07-01"),
    ("p-min-deputy", "p-board-state", "OWNERSHIP", 3, 0.95, "the state board seat is a ministry official", "2022-07-01"),
    ("p-min-deputy", "p-nca-chair", "POLITICAL", 2, 0.6, "press coverage of spectrum policy", "2023-01-01"),
    ("p-min-advisor", "p-min-deputy", "ADVICE", 1, 0.6, "ministry website: drafts his policy papers", "2024-03-01"),
    ("p-chair", "p-min-deputy", "EX_COLLEAGUE", 2, 0.8, "both served at the communications ministry 2012-2018 (press)", "2012-01-01"),
    ("p-board-state", "p-min-deputy", "ADVICE", 2, 0.7, "reports board matters back to the ministry", "2022-07-01"),
    ("p-board-state", "p-chair", "POLITICAL", 2, 0.8, "board minutes via Company Secretary", "2022-07-01"),
    ("p-board-state", "p-proc-vp", "POLITICAL", 2, 0.6, "told by coach: asks procurement for price reports", "2025-01-01"),
    ("p-board-ind1", "p-chair", "TRUST", 2, 0.7, "Company Secretary", "2021-01-01"),
    ("p-board-ind1", "p-cto", "ADVICE", 1, 0.6, "technology committee reviews the swap", "2024-01-01"),
    ("p-board-ind2", "p-chair", "ADVICE", 2, 0.7, "audit committee reports to the board", "2020-01-01"),
    ("p-board-ind2", "p-cfo", "ADVICE", 2, 0.7, "audit committee oversight of capex", "2020-01-01"),
    ("p-board-sec", "p-chair", "TRUST", 2, 0.8, "observed at board dinners", "2018-01-01"),
    ("p-nca-chair", "p-ceo", "POLITICAL", 2, 0.7, "licence-condition meetings (press)", "2025-10-01"),
    ("p-nca-spectrum", "p-legal-reg", "ADVICE", 2, 0.8, "told by Алексей Морозов", "2020-01-01"),
    ("p-nca-officer", "p-legal-reg", "OTHER", 1, 0.6, "licensing filings", "2021-01-01"),
    ("p-legal-reg", "p-gc", "ADVICE", 2, 0.8, "org chart + told by Anika Patel", "2019-01-01"),
    ("p-gc", "p-ceo", "ADVICE", 2, 0.8, "weekly executive committee", "2019-01-01"),
    ("p-gc", "p-chair", "ADVICE", 1, 0.6, "attends board meetings", "2019-01-01"),

    # Executive team: who the CEO, CFO and CTO listen to
    ("p-ea-ceo", "p-ceo", "TRUST", 3, 0.9, "observed: she decides who gets diary time", "2019-01-01"),
    ("p-strategy-vp", "p-ceo", "ADVICE", 3, 0.9, "he prepares her board packs (told by him)", "2025-10-01"),
    ("p-strategy-vp", "p-cfo", "ADVICE", 2, 0.7, "co-owners of the business case", "2024-01-01"),
    ("p-strategy-vp", "p-mob-ceo", "FRIEND", 2, 0.7, "MBA classmates, INSEAD 2009 (LinkedIn)", "2008-09-01"),
    ("p-cfo", "p-ceo", "TRUST", 3, 0.9, "executive committee dynamics (told by coach)", "2020-01-01"),
    ("p-cto", "p-ceo", "ADVICE", 3, 0.9, "she relies on him for all network decisions", "2016-01-01"),
    ("p-ceo", "p-mob-ceo", "OWNERSHIP", 2, 0.9, "Group CEO chairs the Orion Mobile board", "2025-11-01"),
    ("p-ceo", "p-reg-md", "OWNERSHIP", 2, 0.9, "Group CEO chairs the Orion North board", "2025-11-01"),
    ("p-ceo", "p-chair", "TRUST", 2, 0.7, "board minutes", "2025-10-01"),
    ("p-mob-ceo", "p-ceo", "ADVICE", 2, 0.8, "RAN business owner", "2025-11-01"),
    ("p-cto-cos", "p-cto", "TRUST", 3, 0.85, "observed: all CTO mail goes through her", "2018-01-01"),
    ("p-cto", "p-arch-dir", "TRUST", 2, 0.8, "he chairs the TEP on the CTO's behalf", "2020-01-01"),
    ("p-arch-dir", "p-cto", "ADVICE", 2, 0.8, "TEP recommendation goes to the CTO", "2020-01-01"),
    ("p-arch-dir", "p-bec-chair", "ADVICE", 2, 0.8, "TEP score feeds the BEC (RFP document)", "2026-04-01"),
    ("p-innov", "p-cto", "ADVICE", 2, 0.6, "told by coach", "2023-01-01"),
    ("p-energy", "p-arch-dir", "ADVICE", 2, 0.8, "energy workshop, January 2026", "2022-01-01"),
    ("p-energy", "p-cto", "ADVICE", 1, 0.6, "presents the net-zero KPI quarterly", "2024-01-01"),

    # Procurement / BEC
    ("p-bec-chair", "p-cfo", "ADVICE", 2, 0.7, "BEC recommendation goes to the CFO", "2026-04-01"),
    ("p-bec-chair", "p-proc-vp", "ADVICE", 2, 0.7, "org chart", "2021-01-01"),
    ("p-proc-vp", "p-cfo", "ADVICE", 3, 0.8, "weekly savings review (told by Priya Nair)", "2021-01-01"),
    ("p-proc-vp", "p-bec-chair", "POLITICAL", 2, 0.6, "her line manager; pushes price weight", "2021-01-01"),
    ("p-fin-vp", "p-cfo", "ADVICE", 3, 0.85, "his right hand on capex (told by coach)", "2019-01-01"),
    ("p-fin-vp", "p-bec-chair", "ADVICE", 2, 0.7, "commercial scoring in the BEC", "2026-04-01"),
    ("p-proc-mgr", "p-bec-chair", "TRUST", 2, 0.8, "BEC secretary", "2022-01-01"),
    ("p-legal-counsel", "p-bec-chair", "ADVICE", 1, 0.7, "BEC legal member", "2026-04-01"),
    ("p-strategy-mgr", "p-fin-vp", "ADVICE", 2, 0.7, "TCO model (told by Priya Nair)", "2024-01-01"),

    # Orion Mobile: the technical chain
    ("p-mob-cto", "p-cto", "ADVICE", 3, 0.85, "dotted line to the group CTO", "2019-01-01"),
    ("p-mob-cto", "p-mob-ceo", "ADVICE", 3, 0.8, "org chart; network is his remit", "2025-11-01"),
    ("p-np-dir", "p-cto", "ADVICE", 3, 0.85, "told by him; CTO's capacity briefings", "2018-01-01"),
    ("p-np-dir", "p-mob-cto", "TRUST", 3, 0.9, "observed in meetings", "2019-01-01"),
    ("p-np-dir", "p-bec-chair", "ADVICE", 2, 0.7, "TEP member; briefs her on capacity", "2026-04-01"),
    ("p-np-mgr-radio", "p-np-dir", "TRUST", 3, 0.8, "observed", "2020-01-01"),
    ("p-ran-dir", "p-cto", "ADVICE", 2, 0.8, "weekly swap-risk review", "2019-01-01"),
    ("p-ran-dir", "p-mob-cto", "ADVICE", 2, 0.8, "org chart", "2019-01-01"),
    ("p-ran-dir", "p-arch-dir", "ADVICE", 2, 0.7, "TEP deliberations (told by coach)", "2026-04-01"),
    ("p-ran-dir", "p-cto-cos", "EX_COLLEAGUE", 3, 0.8, "LinkedIn: both at Nordwave 2012-2016", "2012-01-01"),
    ("p-cto-cos", "p-ran-dir", "FRIEND", 2, 0.7, "lunch together daily (told by coach)", "2016-01-01"),
    ("p-ran-mgr-ops", "p-ran-dir", "TRUST", 3, 0.8, "observed", "2018-01-01"),
    ("p-ran-mgr-rollout", "p-ran-dir", "ADVICE", 2, 0.7, "org chart", "2021-01-01"),
    ("p-ran-mgr-rollout", "p-mob-cto", "ADVICE", 1, 0.6, "swap programme steering", "2026-01-01"),
    ("p-core-dir", "p-mob-cto", "ADVICE", 2, 0.8, "org chart", "2019-01-01"),
    ("p-core-dir", "p-arch-dir", "EX_COLLEAGUE", 1, 0.7, "LinkedIn", "2014-01-01"),
    ("p-ops-dir", "p-mob-cto", "ADVICE", 2, 0.8, "daily operations call", "2019-01-01"),
    ("p-mob-cco", "p-mob-ceo", "ADVICE", 2, 0.8, "executive team", "2025-11-01"),

    # Fixed, enterprise, regional
    ("p-trans-dir", "p-fix-cto", "ADVICE", 2, 0.8, "org chart", "2018-01-01"),
    ("p-trans-dir", "p-arch-dir", "EX_COLLEAGUE", 2, 0.7, "LinkedIn: both at Orion Fibre 2014-2018", "2014-01-01"),
    ("p-trans-mgr-mw", "p-trans-dir", "ADVICE", 2, 0.7, "org chart", "2020-01-01"),
    ("p-fix-cto", "p-cto", "ADVICE", 1, 0.6, "converged transport board", "2023-01-01"),
    ("p-fix-ceo", "p-ceo", "ADVICE", 1, 0.6, "executive committee", "2020-01-01"),
    ("p-ent-cio", "p-cto", "ADVICE", 2, 0.6, "OSS integration steering (told by coach)", "2022-01-01"),
    ("p-ent-cio", "p-cfo", "FRIEND", 2, 0.7, "golf partners (told by Priya Nair)", "2017-01-01"),
    ("p-ent-ceo", "p-ceo", "ADVICE", 1, 0.6, "executive committee", "2021-01-01"),
    ("p-reg-md", "p-ceo", "TRUST", 2, 0.7, "she was the CEO's deputy at Orion Mobile", "2018-01-01"),
    ("p-reg-md", "p-trans-dir", "FRIEND", 2, 0.8, "dinner in Orion North, October 2026", "2015-01-01"),
    ("p-reg-eng-dir", "p-reg-md", "ADVICE", 2, 0.8, "org chart", "2019-01-01"),
    ("p-reg-eng-dir", "p-trans-dir", "EX_COLLEAGUE", 2, 0.8, "LinkedIn", "2012-01-01"),
    ("p-reg-ops-mgr", "p-reg-md", "TRUST", 2, 0.8, "observed", "2021-01-01"),
    ("p-trans-mgr-mw", "p-proc-buyer", "OTHER", 1, 0.5, "works with the buyer on Kestrel's samples", "2025-06-01"),

    # Partner SI and cross-company brokers
    ("p-si-ceo", "p-ent-ceo", "OTHER", 2, 0.7, "reseller agreement for private 5G", "2023-01-01"),
    ("p-si-ceo", "p-mob-cto", "FRIEND", 1, 0.5, "sailing club (LinkedIn)", "2020-01-01"),
    ("p-si-delivery", "p-ops-dir", "ADVICE", 1, 0.6, "runs the managed-services contract", "2022-01-01"),
    ("p-si-arch", "p-oss-dir", "ADVICE", 1, 0.6, "OSS integration project", "2023-01-01"),
    ("p-strategy-vp", "p-fix-ceo", "ADVICE", 1, 0.6, "group strategy reviews", "2024-01-01"),
    ("p-strategy-vp", "p-reg-md", "FRIEND", 2, 0.6, "told by Айгуль Нурланова", "2016-01-01"),
    ("p-arch-dir", "p-oss-dir", "ADVICE", 1, 0.6, "architecture board", "2022-01-01"),
    ("p-legal-reg", "p-mob-cto", "ADVICE", 1, 0.6, "spectrum-licence conditions", "2023-01-01"),
    ("p-board-state", "p-proc-buyer", "FAMILY", 1, 0.4, "rumour: his niece (told by Olivia's colleague; unverified)", "2024-01-01"),
]

FILLER_SOURCES = ["LinkedIn", "told by coach", "observed in meetings", "org chart", "dinner at MWC 2026",
                  "workshop, January 2026", "told by Pacific Bridge", "site visit, June 2026",
                  "team lunch (told by Emma Lindberg)", "project steering minutes"]


def build_influences(rng):
    ties = []
    seen = set()
    pairs = set()
    for f, t, k, s, c, src, since in HAND_TIES:
        ties.append({"from": f, "to": t, "kind": k, "strength": s, "confidence": c, "source": src, "since": since})
        seen.add((f, t, k))
        pairs.add((f, t))

    # Filler: dense-ish clusters inside departments and committees (no ties to/from the planted
    # hidden decision-makers, who must keep their few strong hand-written ties).
    excluded = set(PLANTED_HIDDEN.values())
    clusters = {}
    for p in PEOPLE:
        if p["id"] in excluded:
            continue
        for o in p["orgIds"]:
            clusters.setdefault(o, []).append(p["id"])
    candidates = []
    for oid in sorted(clusters):
        members = sorted(clusters[oid])
        for a in members:
            for b in members:
                if a != b:
                    candidates.append((a, b))
    candidates = sorted(set(candidates))
    rng.shuffle(candidates)
    added = 0
    for a, b in candidates:
        if added >= FILLER_TIES or (a, b) in pairs or (b, a) in pairs:
            continue
        if P[a]["reportsTo"] == b:          # subordinate -> boss: advice up the hierarchy
            kind = rng.choice(["ADVICE", "ADVICE", "TRUST"])
        elif P[b]["reportsTo"] == a:        # boss -> subordinate
            kind = rng.choice(["TRUST", "ADVICE"])
        else:                               # peers
            kind = rng.choices(["ADVICE", "TRUST", "FRIEND", "EX_COLLEAGUE", "ALUMNI", "OTHER"],
                               [30, 20, 25, 15, 5, 5])[0]
        ties.append({"from": a, "to": b, "kind": kind,
                     "strength": rng.choices([1, 2], [60, 40])[0],
                     "confidence": round(rng.uniform(0.3, 0.8), 2),
                     "source": rng.choice(FILLER_SOURCES),
                     "since": f"{rng.randint(2012, 2025)}-{rng.randint(1, 12):02d}-01"})
        seen.add((a, b, kind))
        pairs.add((a, b))
        added += 1
    return ties


FILLER_TIES = 95

# --------------------------------------------------------------------------------------------
# Planted facts (docs/DEMO.md documents these ids; the validation asserts them)
# --------------------------------------------------------------------------------------------
PLANTED_HIDDEN = {"relative": "p-relative", "classmate": "p-classmate", "advisor": "p-advisor"}
PLANTED_HIDDEN_KIND = {"relative": "FAMILY", "classmate": "ALUMNI", "advisor": "ADVICE"}
HIDDEN_BEC_CHAIR = "p-bec-chair"
GATEKEEPER_EA = "p-ea-ceo"
BLOCKERS = ["p-ran-dir", "p-cto-cos", "p-proc-vp", "p-board-state"]
INTENDED_COACHES = {OPP_BIG: ["p-np-dir", "p-mob-cto", "p-strategy-vp"], OPP_SMALL: ["p-reg-eng-dir"]}
RED_FLAGS = {
    "approver_or_dm_neutral_or_below": ["p-chair"],
    "decision_maker_without_first_owner": ["p-cfo"],
    "no_contact_90_days": ["p-core-dir"],
    "seniority_mismatch": ["p-mob-ceo"],
}

# --------------------------------------------------------------------------------------------
# Competitors and alignments
# --------------------------------------------------------------------------------------------
COMPETITORS = [{"id": "c-nordwave", "name": "Nordwave Networks"}, {"id": "c-kestrel", "name": "Kestrel Systems"}]
ALIGNMENTS = [
    {"personId": "p-ran-dir", "competitorId": "c-nordwave", "strength": 3},
    {"personId": "p-cto-cos", "competitorId": "c-nordwave", "strength": 2},
    {"personId": "p-ran-mgr-ops", "competitorId": "c-nordwave", "strength": 2},
    {"personId": "p-proc-vp", "competitorId": "c-kestrel", "strength": 2},
    {"personId": "p-trans-mgr-mw", "competitorId": "c-kestrel", "strength": 2},
    {"personId": "p-ent-cio", "competitorId": "c-kestrel", "strength": 1},
    {"personId": "p-board-state", "competitorId": "c-kestrel", "strength": 1},
]

# --------------------------------------------------------------------------------------------
# Opportunities (per-deal decision chains)
# --------------------------------------------------------------------------------------------


def R(pid, role, hidden=False):
    return {"personId": pid, "decisionRole": role, "hidden": hidden}


OPPORTUNITIES = [
    {"id": OPP_BIG, "name": "5G RAN modernisation, phase 2 (national swap)", "stage": "PROPOSAL",
     "value": 148000000, "currency": "EUR", "closeDate": "2027-03-31",
     "roles": [
         R("p-chair", "APPROVER"), R("p-ceo", "APPROVER"),
         R("p-cto", "DECISION_MAKER"), R("p-cfo", "DECISION_MAKER"),
         R("p-bec-chair", "DECISION_MAKER", hidden=True),
         R("p-mob-cto", "EVALUATOR"), R("p-arch-dir", "EVALUATOR"), R("p-np-dir", "EVALUATOR"),
         R("p-ran-dir", "EVALUATOR"), R("p-core-dir", "EVALUATOR"), R("p-trans-dir", "EVALUATOR"),
         R("p-fin-vp", "EVALUATOR"), R("p-proc-vp", "EVALUATOR"),
         R("p-mob-ceo", "INFLUENCER"), R("p-strategy-vp", "INFLUENCER"),
         R("p-ea-ceo", "GATEKEEPER"), R("p-cto-cos", "GATEKEEPER"),
         R("p-ran-mgr-rollout", "USER"), R("p-ops-dir", "USER"),
     ]},
    {"id": OPP_SMALL, "name": "Orion North microwave & IP transport refresh", "stage": "QUALIFIED",
     "value": 9500000, "currency": "EUR", "closeDate": "2027-06-30",
     "roles": [
         R("p-reg-md", "APPROVER"), R("p-trans-dir", "DECISION_MAKER"),
         R("p-reg-eng-dir", "EVALUATOR"), R("p-trans-mgr-mw", "EVALUATOR"), R("p-proc-mgr", "EVALUATOR"),
         R("p-reg-ops-mgr", "USER"),
     ]},
]

# --------------------------------------------------------------------------------------------
# Our side: KNOWS (lastContact derived from interactions) and OWNS
# --------------------------------------------------------------------------------------------
KNOWS = {
    "s-ceo": {"p-ceo": 2, "p-chair": 1, "p-cto": 1, "p-mob-ceo": 1, "p-board-ind1": 1, "p-relative": 1},
    "s-cto": {"p-cto": 3, "p-arch-dir": 2, "p-np-dir": 2, "p-ran-dir": 1, "p-innov": 1, "p-cto-cos": 1,
              "p-classmate": 1, "p-advisor": 1},
    "s-regpres": {"p-ceo": 2, "p-cfo": 2, "p-mob-cto": 3, "p-fin-vp": 2, "p-reg-md": 3, "p-strategy-vp": 2,
                  "p-cto": 2, "p-chair": 1, "p-proc-vp": 1, "p-board-state": 1},
    "s-ad": {"p-strategy-vp": 3, "p-bec-chair": 2, "p-proc-vp": 2, "p-fin-vp": 2, "p-cfo": 1, "p-cto-cos": 2,
             "p-ea-ceo": 2, "p-ceo": 1, "p-gc": 1, "p-legal-counsel": 1, "p-arch-dir": 2, "p-mob-cto": 2,
             "p-board-sec": 1, "p-ops-dir": 2},
    "s-chief-arch": {"p-arch-dir": 3, "p-np-dir": 3, "p-trans-dir": 2, "p-reg-eng-dir": 2, "p-energy": 2,
                     "p-oss-dir": 1, "p-arch-mgr": 2, "p-ran-dir": 1, "p-core-dir": 1, "p-ent-cio": 1},
    "s-sa-ran": {"p-np-dir": 3, "p-np-mgr-radio": 2, "p-ran-dir": 1, "p-ran-mgr-rollout": 2, "p-ran-mgr-ops": 1,
                 "p-np-eng1": 1, "p-np-mgr-cap": 2, "p-mob-cto": 1},
    "s-sa-core": {"p-core-dir": 2, "p-core-mgr-pc": 2, "p-core-mgr-ims": 1, "p-trans-dir": 2, "p-trans-mgr-mw": 1,
                  "p-trans-mgr-ip": 2, "p-reg-md": 1, "p-reg-eng-dir": 1},
    "s-svc": {"p-mob-ceo": 2, "p-ops-dir": 3, "p-noc-mgr": 3, "p-field-mgr": 2, "p-reg-ops-mgr": 2,
              "p-fixops-dir": 1},
    "s-kam": {"p-ea-ceo": 2, "p-cto-cos": 2, "p-proc-buyer": 2, "p-strategy-mgr": 2, "p-fin-capex": 1,
              "p-reg-fin": 1},
    "s-bid": {"p-proc-mgr": 3, "p-bec-chair": 2, "p-proc-contract": 2, "p-proc-buyer": 2, "p-legal-counsel": 2,
              "p-proc-vp": 1},
}

OWNS = [
    # the account and key orgs
    ("s-ad", ACCOUNT_ID, "FIRST"), ("s-regpres", ACCOUNT_ID, "SECOND"),
    ("s-ceo", "o-group", "FIRST"), ("s-regpres", "o-group", "SECOND"),
    ("s-regpres", "o-mobile", "FIRST"), ("s-ad", "o-mobile", "SECOND"),
    ("s-cto", "o-cto-office", "FIRST"), ("s-chief-arch", "o-cto-office", "SECOND"),
    ("s-ad", "o-procurement", "FIRST"), ("s-bid", "o-procurement", "SECOND"),
    ("s-ad", "o-bec", "FIRST"), ("s-bid", "o-bec", "SECOND"),
    ("s-chief-arch", "o-tep", "FIRST"), ("s-sa-ran", "o-tep", "SECOND"),
    ("s-sa-ran", "o-mob-ran", "FIRST"), ("s-sa-core", "o-mob-core", "FIRST"),
    ("s-sa-core", "o-fix-trans", "FIRST"), ("s-regpres", "o-north", "FIRST"), ("s-sa-core", "o-north", "SECOND"),
    # key people: every decision-chain member has a FIRST owner of matching seniority, except the planted
    # gaps p-cfo (no owner at all) and p-mob-ceo (C_LEVEL owned by a MANAGER).
    ("s-ceo", "p-chair", "FIRST"), ("s-regpres", "p-chair", "SECOND"),
    ("s-ceo", "p-ceo", "FIRST"), ("s-regpres", "p-ceo", "SECOND"),
    ("s-cto", "p-cto", "FIRST"), ("s-regpres", "p-cto", "SECOND"),
    ("s-ad", "p-bec-chair", "FIRST"), ("s-bid", "p-bec-chair", "SECOND"),
    ("s-regpres", "p-mob-cto", "FIRST"), ("s-ad", "p-mob-cto", "SECOND"),
    ("s-regpres", "p-fin-vp", "FIRST"), ("s-ad", "p-fin-vp", "SECOND"),
    ("s-regpres", "p-proc-vp", "FIRST"), ("s-ad", "p-proc-vp", "SECOND"),
    ("s-regpres", "p-strategy-vp", "FIRST"), ("s-ad", "p-strategy-vp", "SECOND"),
    ("s-regpres", "p-reg-md", "FIRST"), ("s-sa-core", "p-reg-md", "SECOND"),
    ("s-chief-arch", "p-arch-dir", "FIRST"), ("s-cto", "p-arch-dir", "SECOND"),
    ("s-chief-arch", "p-np-dir", "FIRST"), ("s-sa-ran", "p-np-dir", "SECOND"),
    ("s-chief-arch", "p-ran-dir", "FIRST"), ("s-sa-ran", "p-ran-dir", "SECOND"),
    ("s-chief-arch", "p-core-dir", "FIRST"), ("s-sa-core", "p-core-dir", "SECOND"),
    ("s-chief-arch", "p-trans-dir", "FIRST"), ("s-sa-core", "p-trans-dir", "SECOND"),
    ("s-chief-arch", "p-reg-eng-dir", "FIRST"),
    ("s-ad", "p-ops-dir", "FIRST"), ("s-svc", "p-ops-dir", "SECOND"),
    ("s-svc", "p-mob-ceo", "FIRST"),
    ("s-kam", "p-ea-ceo", "FIRST"), ("s-ad", "p-ea-ceo", "SECOND"),
    ("s-kam", "p-cto-cos", "FIRST"), ("s-ad", "p-cto-cos", "SECOND"),
    ("s-sa-ran", "p-ran-mgr-rollout", "FIRST"),
    ("s-bid", "p-proc-mgr", "FIRST"),
    ("s-sa-core", "p-trans-mgr-mw", "FIRST"),
    ("s-svc", "p-reg-ops-mgr", "FIRST"),
    # other key people
    ("s-ceo", "p-board-ind1", "FIRST"),
    ("s-ad", "p-board-sec", "FIRST"),
    ("s-ad", "p-gc", "FIRST"),
    ("s-chief-arch", "p-ent-cio", "FIRST"),
    ("s-svc", "p-noc-mgr", "FIRST"),
]

# --------------------------------------------------------------------------------------------
# Interactions: hand-written key ones, then seeded routine ones
# --------------------------------------------------------------------------------------------


def I(id, date, kind, summary, people, staff):
    return {"id": id, "date": date, "kind": kind, "summary": summary, "personIds": people, "staffIds": staff}


KEY_INTERACTIONS = [
    I("i-001", "2025-11-12", "MEETING", "Annual account review with the Group CTO: swap risk and 5G SA roadmap",
      ["p-cto", "p-cto-cos"], ["s-cto", "s-ad"]),
    I("i-002", "2025-11-15", "MEETING", "Introductory meeting with the new Group CEO", ["p-ceo", "p-ea-ceo"],
      ["s-regpres", "s-ad"]),
    I("i-003", "2025-11-20", "VISIT", "Orion North: drive-test results in the northern cluster",
      ["p-reg-md", "p-reg-eng-dir", "p-ran-dir"], ["s-regpres", "s-sa-ran"]),
    I("i-004", "2025-11-20", "CALL", "CFO reaction to the indicative price", ["p-cfo"], ["s-regpres"]),
    I("i-005", "2025-12-04", "MEETING", "Core network roadmap: 5G SA core sizing", ["p-core-dir", "p-core-mgr-pc"],
      ["s-sa-core", "s-chief-arch"]),
    I("i-006", "2025-12-10", "CALL", "Courtesy call with the Chairman after the 2025 network award", ["p-chair"],
      ["s-ceo"]),
    I("i-007", "2026-01-15", "CALL", "Capex outlook 2027-2029 with Finance", ["p-cfo", "p-fin-vp"], ["s-regpres"]),
    I("i-008", "2026-01-28", "MEETING", "Energy-saving workshop (AI sleep modes, site power)",
      ["p-energy", "p-arch-dir", "p-np-dir", "p-np-mgr-radio"], ["s-chief-arch", "s-sa-ran"]),
    I("i-009", "2026-02-10", "EMAIL", "RFI response submitted", ["p-proc-mgr", "p-bec-chair"], ["s-bid"]),
    I("i-035", "2026-02-20", "EVENT", "Polytechnic 5G research conference: coffee with Georg Lindqvist and Prof. Волков",
      ["p-advisor", "p-classmate"], ["s-cto"]),
    I("i-010", "2026-02-24", "CALL", "Trial outage in Orion North: incident review", ["p-ran-dir", "p-ran-mgr-ops"],
      ["s-sa-ran", "s-svc"]),
    I("i-011", "2026-03-03", "EVENT", "Dinner at MWC 2026, Barcelona (hospitality pre-approved)",
      ["p-ceo", "p-cto", "p-mob-ceo", "p-relative"], ["s-ceo", "s-regpres", "s-ad"]),
    I("i-012", "2026-03-04", "EVENT", "MWC 2026 booth tour: Massive MIMO and energy features",
      ["p-np-dir", "p-ran-dir", "p-arch-dir", "p-innov"], ["s-cto", "s-sa-ran"]),
    I("i-013", "2026-03-10", "MEETING", "TCO model walkthrough with the CFO", ["p-cfo", "p-strategy-mgr"],
      ["s-regpres", "s-ad"]),
    I("i-014", "2026-04-08", "MEETING", "RFP kickoff and bidder conference",
      ["p-bec-chair", "p-proc-mgr", "p-proc-vp", "p-legal-counsel"], ["s-ad", "s-bid"]),
    I("i-015", "2026-05-12", "MEETING", "Technical clarification session with the Technical Evaluation Panel",
      ["p-arch-dir", "p-np-dir", "p-ran-dir", "p-core-dir", "p-trans-dir", "p-tech-eng"],
      ["s-chief-arch", "s-sa-ran", "s-sa-core"]),
    I("i-016", "2026-06-18", "CALL", "Core network follow-up: RAN-core interoperability test plan", ["p-core-dir"],
      ["s-sa-core"]),
    I("i-017", "2026-06-25", "VISIT", "Reference site visit: 5G swap at a Nordic operator",
      ["p-mob-cto", "p-np-dir", "p-ran-mgr-rollout"], ["s-regpres", "s-sa-ran"]),
    I("i-018", "2026-07-30", "EMAIL", "Proposal submitted", ["p-bec-chair", "p-proc-mgr"], ["s-bid", "s-ad"]),
    I("i-019", "2026-08-19", "MEETING", "Proposal presentation to the Bid Evaluation Committee",
      ["p-bec-chair", "p-fin-vp", "p-proc-vp", "p-arch-dir", "p-proc-mgr", "p-legal-counsel"],
      ["s-ad", "s-chief-arch", "s-bid"]),
    I("i-020", "2026-08-27", "CALL", "TCO and vendor-financing options", ["p-cfo", "p-fin-vp"], ["s-regpres", "s-ad"]),
    I("i-021", "2026-09-03", "MEETING", "Coaching session: how the CEO will frame the swap to the board",
      ["p-strategy-vp"], ["s-ad"]),
    I("i-022", "2026-09-10", "MEETING", "CTO steering: swap plan, rollback, energy KPI",
      ["p-cto", "p-cto-cos", "p-mob-cto"], ["s-cto", "s-regpres"]),
    I("i-023", "2026-09-16", "VISIT", "Orion Mobile HQ: service review with the opco CEO",
      ["p-mob-ceo", "p-ops-dir"], ["s-svc"]),
    I("i-024", "2026-09-22", "MEETING", "Commercial clarification with Procurement",
      ["p-proc-vp", "p-bec-chair", "p-proc-contract"], ["s-ad", "s-bid"]),
    I("i-025", "2026-09-24", "EVENT", "Orion 30th anniversary gala",
      ["p-chair", "p-ceo", "p-board-ind1", "p-board-state", "p-ea-ceo", "p-relative"], ["s-ceo", "s-regpres"]),
    I("i-036", "2026-09-30", "CALL", "Joint paper outline: spectrum refarming for 5G SA", ["p-classmate"], ["s-cto"]),
    I("i-026", "2026-10-01", "MEETING", "Orion North transport refresh: requirements workshop",
      ["p-reg-md", "p-reg-eng-dir", "p-trans-dir", "p-trans-mgr-mw", "p-reg-ops-mgr"], ["s-regpres", "s-sa-core"]),
    I("i-027", "2026-10-06", "CALL", "Executive visit request via the CEO's office", ["p-ea-ceo"], ["s-kam"]),
    I("i-028", "2026-10-08", "MEETING", "Drive-test deep-dive with Radio Access Engineering",
      ["p-ran-dir", "p-ran-mgr-ops", "p-ran-mgr-rollout", "p-np-dir"], ["s-sa-ran", "s-chief-arch"]),
    I("i-037", "2026-10-12", "CALL", "Capex phasing 2027-2029 for the swap", ["p-fin-vp"], ["s-regpres"]),
    I("i-029", "2026-10-14", "CALL", "Orion North refresh: procurement route", ["p-proc-mgr"], ["s-bid"]),
    I("i-030", "2026-10-15", "MEETING", "CTO office: agenda for the executive visit", ["p-cto-cos"], ["s-kam", "s-ad"]),
    I("i-038", "2026-10-19", "CALL", "CFO: timing of the board paper on the swap", ["p-cfo", "p-fin-vp"],
      ["s-regpres"]),
    I("i-031", "2026-10-20", "MEETING", "Operations readiness: O&M model for the swap", ["p-ops-dir", "p-noc-mgr"],
      ["s-svc", "s-ad"]),
    I("i-039", "2026-10-21", "MEETING", "Planning the R&D lab visit for the Technical Evaluation Panel",
      ["p-arch-dir", "p-tech-eng"], ["s-chief-arch", "s-cto"]),
    I("i-032", "2026-10-22", "EMAIL", "Answers to BEC clarification round 2", ["p-bec-chair", "p-proc-mgr"], ["s-bid"]),
    I("i-033", "2026-10-27", "CALL", "CEO's agenda for the executive visit", ["p-strategy-vp", "p-ea-ceo"],
      ["s-ad", "s-kam"]),
    I("i-034", "2026-10-29", "CALL", "Chairman's office: board calendar for Q1 2027", ["p-board-sec"], ["s-ad"]),
]

# Routine contacts: each staff member talks about what their job is about, with people they know.
ROUTINE_TOPICS = {
    "s-cto": ["5G SA architecture", "the energy-saving roadmap", "O-RAN readiness", "6G research cooperation",
              "swap risk mitigation"],
    "s-regpres": ["the business case assumptions", "vendor-financing options", "swap programme governance",
                  "the regional investment plan"],
    "s-ad": ["the tender timeline", "reference customers", "the contract framework",
             "Orion's 2027 network priorities"],
    "s-chief-arch": ["the solution architecture", "energy-saving features", "transport synchronisation",
                     "OSS integration", "swap cluster sequencing"],
    "s-sa-ran": ["Massive MIMO trial KPIs", "RF planning tools", "spectrum refarming", "swap cluster sequencing",
                 "drive-test analysis"],
    "s-sa-core": ["5G SA core sizing", "microwave backhaul capacity", "IP/MPLS design", "transport synchronisation",
                  "the core software upgrade"],
    "s-svc": ["a support ticket escalation", "spare parts and SLA", "maintenance-window planning",
              "the O&M training plan", "service KPIs"],
    "s-kam": ["delivery schedules", "the customer-day invitation", "the spare-parts order",
              "the year-end purchase orders"],
    "s-bid": ["tender clarification questions", "the compliance matrix", "the commercial annex",
              "submission logistics"],
}
ROUTINE_TEMPLATES = {
    "MEETING": "Working session on {}", "CALL": "Call about {}", "VISIT": "Customer visit: {}",
    "EVENT": "Met at an industry event; talked about {}", "EMAIL": "Email follow-up on {}",
}
ROUTINE_INTERACTIONS = 40
# Executive contacts are hand-written only (KEY_INTERACTIONS), never routine.
EXECUTIVE_ONLY = {"p-chair", "p-ceo", "p-board-state", "p-board-ind1", "p-board-ind2"}


def build_interactions(rng):
    out = list(KEY_INTERACTIONS)
    # Routine contacts between a staff member and people they already know. The planted "no contact"
    # person and the planted hidden decision-makers are kept out (their contacts are hand-written).
    keep_out = set(RED_FLAGS["no_contact_90_days"]) | set(PLANTED_HIDDEN.values()) | EXECUTIVE_ONLY
    staff_ids = sorted(ROUTINE_TOPICS)
    span = (TODAY - WINDOW_START).days
    for n in range(ROUTINE_INTERACTIONS):
        sid = rng.choice(staff_ids)
        pool = sorted(p for p in KNOWS[sid] if p not in keep_out)
        who = rng.sample(pool, k=min(len(pool), rng.choice([1, 1, 1, 2, 2, 3])))
        kind = rng.choices(INTERACTION_KINDS, [35, 30, 10, 5, 20])[0]
        date = WINDOW_START + dt.timedelta(days=rng.randint(2, span - 2))
        out.append(I(f"i-{101 + n:03d}", date.isoformat(), kind,
                     ROUTINE_TEMPLATES[kind].format(rng.choice(ROUTINE_TOPICS[sid])), sorted(who), [sid]))
    out.sort(key=lambda i: (i["date"], i["id"]))
    return out


def build_knows(interactions, rng):
    last = {}
    for it in interactions:
        for s in it["staffIds"]:
            for p in it["personIds"]:
                if it["date"] > last.get((s, p), ""):
                    last[(s, p)] = it["date"]
    out = []
    for sid in sorted(KNOWS):
        for pid, strength in sorted(KNOWS[sid].items()):
            lc = last.get((sid, pid))
            if lc is None:  # no shared interaction on record: an older contact
                lc = (WINDOW_START + dt.timedelta(days=rng.randint(0, 150))).isoformat()
            out.append({"staffId": sid, "personId": pid, "strength": strength, "lastContact": lc})
    return out


# --------------------------------------------------------------------------------------------
# Relationship actions and the executive visit
# --------------------------------------------------------------------------------------------


def A(id, kind, title, due, status, person, owner, risk="NONE", approved=None, notes=None):
    return {"id": id, "kind": kind, "title": title, "due": due, "status": status, "complianceRisk": risk,
            "approvedBy": approved, "personId": person, "ownerStaffId": owner, "notes": notes}


ACTIONS = [
    A("a-01", "WORKSHOP", "Energy-saving workshop: AI sleep modes and site power", "2026-01-28", "DONE",
      "p-energy", "s-chief-arch", notes="Answers the CTO's 25% energy target."),
    A("a-02", "HOSPITALITY", "Dinner after the MWC 2026 technical sessions", "2026-03-03", "DONE", "p-cto", "s-ad",
      risk="LOW", approved="Maria Keller, Compliance Officer (ref. CO-2026-014)",
      notes="Within the policy limit per guest; declared in Orion's gift register."),
    A("a-03", "TRAINING", "Cloud-native core training for the Core Network team", "2026-05-20", "DONE",
      "p-core-mgr-pc", "s-sa-core"),
    A("a-04", "SITE_VISIT", "Reference site visit: 5G swap at a Nordic operator", "2026-06-25", "DONE",
      "p-mob-cto", "s-regpres", notes="Turned the opco CTO SUPPORTIVE."),
    A("a-05", "JOINT_PAPER", "White paper: energy per bit as a network KPI", "2026-08-30", "DONE", "p-np-dir",
      "s-chief-arch"),
    A("a-06", "EVENT", "Invite the BEC chair to a 5G industry forum panel", "2026-09-15", "CANCELLED",
      "p-bec-chair", "s-ad", notes="Cancelled: tender blackout period."),
    A("a-07", "EVENT", "Orion North customer day", "2026-10-01", "DONE", "p-reg-md", "s-regpres"),
    A("a-08", "WORKSHOP", "Drive-test deep-dive with Radio Access Engineering", "2026-11-05", "IN_PROGRESS",
      "p-ran-dir", "s-sa-ran", notes="Address the February trial outage root cause head-on."),
    A("a-09", "MEETING", "Re-engage the Core Network director (no contact since June)", "2026-11-09", "PLANNED",
      "p-core-dir", "s-chief-arch"),
    A("a-10", "MEETING", "Executive sponsor meeting with the CFO: TCO and financing", "2026-11-12", "PLANNED",
      "p-cfo", "s-regpres", notes="Also settle who owns the CFO relationship."),
    A("a-11", "WORKSHOP", "OSS integration workshop for the CIO's team", "2026-11-18", "PLANNED", "p-ent-cio",
      "s-chief-arch"),
    A("a-12", "OTHER", "Understand the Chairman's priorities via the Company Secretary", "2026-11-20",
      "IN_PROGRESS", "p-board-sec", "s-ad"),
    A("a-13", "TRAINING", "5G RAN O&M training for Network Operations", "2026-12-02", "PLANNED", "p-ops-dir",
      "s-svc"),
    A("a-14", "SITE_VISIT", "R&D lab visit for the Technical Evaluation Panel", "2026-12-09", "PLANNED",
      "p-arch-dir", "s-cto"),
    A("a-15", "JOINT_PAPER", "Joint paper with the Polytechnic: spectrum refarming for 5G SA", "2026-12-15",
      "IN_PROGRESS", "p-classmate", "s-cto", notes="Research collaboration under the university's public call."),
    A("a-16", "TRAINING", "Microwave field training in Orion North", "2027-01-20", "PLANNED", "p-reg-eng-dir",
      "s-sa-core"),
]

VISITS = [
    {"id": "v-ceo-visit", "date": "2026-11-23", "status": "PLANNED",
     "objective": ("Win the Group CEO's sponsorship for the 5G RAN swap and reassure the Group CTO on swap risk "
                   "and energy savings before the BEC ranking."),
     "opportunityId": OPP_BIG, "staffIds": ["s-ceo", "s-regpres"], "targetIds": ["p-ceo", "p-cto"]},
]

# --------------------------------------------------------------------------------------------
# Assemble
# --------------------------------------------------------------------------------------------


def build():
    rng = random.Random(SEED)
    influences = build_influences(rng)
    interactions = build_interactions(rng)
    knows = build_knows(interactions, rng)
    return {
        "format": "powermap/1",
        "exportedAt": EXPORTED_AT,
        "account": ACCOUNT,
        "orgs": ORGS,
        "people": PEOPLE,
        "influences": influences,
        "staff": STAFF,
        "knows": knows,
        "owns": [{"staffId": s, "targetId": t, "priority": pr} for s, t, pr in OWNS],
        "competitors": COMPETITORS,
        "alignments": ALIGNMENTS,
        "opportunities": OPPORTUNITIES,
        "interactions": interactions,
        "actions": ACTIONS,
        "visits": VISITS,
    }


# --------------------------------------------------------------------------------------------
# Validation: every rule of docs/FORMAT.md plus the demo's own promises. Fails loudly.
# --------------------------------------------------------------------------------------------
FIELDS = {
    "": {"format", "exportedAt", "account", "orgs", "people", "influences", "staff", "knows", "owns",
         "competitors", "alignments", "opportunities", "interactions", "actions", "visits"},
    "account": {"id", "name", "customerClass", "orgLevel", "notes"},
    "orgs": {"id", "name", "kind", "parentId", "extensiveLevel"},
    "people": {"id", "name", "title", "rank", "orgIds", "orgRoles", "reportsTo", "decisionRole", "stance",
               "stanceHistory", "risingStar", "onOrgChart", "needs", "criteria", "notes", "tags"},
    "stanceHistory": {"stance", "at", "by", "note"},
    "needs": {"professional", "personal"},
    "criteria": {"category", "note"},
    "influences": {"from", "to", "kind", "strength", "confidence", "source", "since"},
    "staff": {"id", "name", "title", "rank", "email"},
    "knows": {"staffId", "personId", "strength", "lastContact"},
    "owns": {"staffId", "targetId", "priority"},
    "competitors": {"id", "name"},
    "alignments": {"personId", "competitorId", "strength"},
    "opportunities": {"id", "name", "stage", "value", "currency", "closeDate", "roles"},
    "roles": {"personId", "decisionRole", "hidden"},
    "interactions": {"id", "date", "kind", "summary", "personIds", "staffIds"},
    "actions": {"id", "kind", "title", "due", "status", "complianceRisk", "approvedBy", "personId",
                "ownerStaffId", "notes"},
    "visits": {"id", "date", "status", "objective", "opportunityId", "staffIds", "targetIds"},
}


class Checker:
    def __init__(self):
        self.errors = []

    def ok(self, cond, path, msg):
        if not cond:
            self.errors.append(f"{path}: {msg}")
        return cond


def parse_date(s):
    try:
        return dt.date.fromisoformat(s) if isinstance(s, str) and len(s) == 10 else None
    except ValueError:
        return None


def parse_instant(s):
    try:
        if not (isinstance(s, str) and len(s) == 20 and s.endswith("Z")):
            return None
        return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return None


def has_cycle(parent):
    """parent: id -> parent id or None. True if following parents ever loops."""
    for start in parent:
        seen = set()
        node = start
        while node is not None:
            if node in seen:
                return True
            seen.add(node)
            node = parent.get(node)
    return False


def decision_chains(doc):
    """Every decision chain the app can show: each opportunity's roles, and the account-level
    chain of record (Person.decisionRole). Yields (scope, personId, role)."""
    for o in doc["opportunities"]:
        for r in o["roles"]:
            yield o["id"], r["personId"], r["decisionRole"]
    for p in doc["people"]:
        if p["decisionRole"]:
            yield "account", p["id"], p["decisionRole"]


def coverage_flags(doc):
    """The coverage red flags as Powermap defines them (DESIGN.md section 3), per chain member."""
    people = {p["id"]: p for p in doc["people"]}
    staff = {s["id"]: s for s in doc["staff"]}
    first = {}
    any_owner = set()
    for o in doc["owns"]:
        any_owner.add(o["targetId"])
        if o["priority"] == "FIRST":
            first[o["targetId"]] = o["staffId"]
    last_contact = {}
    for it in doc["interactions"]:
        for pid in it["personIds"]:
            last_contact[pid] = max(last_contact.get(pid, ""), it["date"])
    for k in doc["knows"]:
        if k.get("lastContact"):
            last_contact[k["personId"]] = max(last_contact.get(k["personId"], ""), k["lastContact"])
    flags = {name: set() for name in RED_FLAGS}
    for scope, pid, role in decision_chains(doc):
        p = people[pid]
        if role in ("APPROVER", "DECISION_MAKER") and STANCES.index(p["stance"]) <= STANCES.index("NEUTRAL"):
            flags["approver_or_dm_neutral_or_below"].add(pid)
        if pid not in first or pid not in any_owner:
            flags["decision_maker_without_first_owner"].add(pid)
        lc = last_contact.get(pid)
        if lc is None or dt.date.fromisoformat(lc) < CONTACT_CUTOFF:
            flags["no_contact_90_days"].add(pid)
        if pid in first and p["rank"] in SENIORITY:
            gap = SENIORITY[p["rank"]] - SENIORITY[staff[first[pid]]["rank"]]
            executive_target = p["rank"] in ("BOARD", "C_LEVEL")
            if gap >= 2 or (executive_target and staff[first[pid]]["rank"] not in ("C_LEVEL", "VP")):
                flags["seniority_mismatch"].add(pid)
    return flags, first, last_contact


def influence_access(doc, src, targets, max_hops=2):
    """True if src sways one of targets through at most max_hops INFLUENCES ties."""
    out = {}
    for t in doc["influences"]:
        out.setdefault(t["from"], set()).add(t["to"])
    frontier, seen = {src}, {src}
    for _ in range(max_hops):
        nxt = set()
        for n in frontier:
            nxt |= out.get(n, set())
        if nxt & set(targets):
            return True
        frontier = nxt - seen
        seen |= nxt
    return False


def coaches(doc, opp):
    people = {p["id"]: p for p in doc["people"]}
    dms = [r["personId"] for r in opp["roles"] if r["decisionRole"] in ("APPROVER", "DECISION_MAKER")]
    return sorted(pid for pid, p in people.items()
                  if STANCES.index(p["stance"]) >= STANCES.index("SUPPORTIVE") and pid not in dms
                  and influence_access(doc, pid, dms))


def validate(doc):
    c = Checker()
    ok = c.ok
    today = TODAY

    # ---- shape: only the fields FORMAT.md lists -------------------------------------------------
    ok(set(doc) <= FIELDS[""], "$", f"unknown top-level sections {set(doc) - FIELDS['']}")
    ok(doc["format"] == "powermap/1", "format", "must be powermap/1")
    ok(parse_instant(doc["exportedAt"]) is not None, "exportedAt", "not an instant")
    ok(set(doc["account"]) <= FIELDS["account"], "account", "unknown field")
    for section in ["orgs", "people", "influences", "staff", "knows", "owns", "competitors", "alignments",
                    "opportunities", "interactions", "actions", "visits"]:
        for i, row in enumerate(doc[section]):
            extra = set(row) - FIELDS[section]
            ok(not extra, f"{section}[{i}]", f"unknown fields {sorted(extra)}")

    # ---- unique ids ---------------------------------------------------------------------------
    for section in ["orgs", "people", "staff", "competitors", "opportunities", "interactions", "actions", "visits"]:
        ids = [r["id"] for r in doc[section]]
        ok(len(ids) == len(set(ids)), section, "duplicate ids")
        for i, x in enumerate(ids):
            ok(isinstance(x, str) and 0 < len(x) <= 200, f"{section}[{i}].id", "1..200 chars")
    org_ids = {o["id"] for o in doc["orgs"]}
    person_ids = {p["id"] for p in doc["people"]}
    staff_ids = {s["id"] for s in doc["staff"]}
    comp_ids = {x["id"] for x in doc["competitors"]}
    opp_ids = {x["id"] for x in doc["opportunities"]}
    acct = doc["account"]
    ok(not (org_ids & person_ids) and acct["id"] not in org_ids | person_ids, "ids",
       "owns targets must be unambiguous: org, person and account ids overlap")

    # ---- account ------------------------------------------------------------------------------
    ok(0 < len(acct["name"]) <= 200, "account.name", "1..200 chars")
    ok(acct["customerClass"] in CUSTOMER_CLASSES, "account.customerClass", "enum")
    ok(acct["orgLevel"] in ORG_LEVELS, "account.orgLevel", "enum")
    ok(acct["customerClass"] == "A" and acct["orgLevel"] == "SUPPLIER", "account", "demo wants class A, SUPPLIER")

    # ---- orgs ---------------------------------------------------------------------------------
    for i, o in enumerate(doc["orgs"]):
        ok(0 < len(o["name"]) <= 200, f"orgs[{i}].name", "1..200 chars")
        ok(o["kind"] in ORG_KINDS, f"orgs[{i}].kind", "enum")
        ok(o["parentId"] is None or o["parentId"] in org_ids, f"orgs[{i}].parentId", "unknown org")
        ok(o["parentId"] != o["id"], f"orgs[{i}].parentId", "self parent")
        ok(o["extensiveLevel"] is None or o["extensiveLevel"] in EXTENSIVE, f"orgs[{i}].extensiveLevel", "enum")
    ok(not has_cycle({o["id"]: o["parentId"] for o in doc["orgs"]}), "orgs", "parentId cycle")
    for kind in ["GROUP", "SUBSIDIARY", "DEPARTMENT", "BOARD", "COMMITTEE", "REGULATOR", "GOVERNMENT", "PARTNER"]:
        ok(any(o["kind"] == kind for o in doc["orgs"]), "orgs", f"demo needs an org of kind {kind}")

    # ---- people -------------------------------------------------------------------------------
    staff_names = {s["name"] for s in doc["staff"]}
    for i, p in enumerate(doc["people"]):
        path = f"people[{i}]({p['id']})"
        ok(0 < len(p["name"]) <= 200, path + ".name", "1..200 chars")
        ok(p["title"] is None or len(p["title"]) <= 200, path + ".title", "<= 200 chars")
        ok(p["rank"] in RANKS, path + ".rank", "enum")
        ok(all(x in org_ids for x in p["orgIds"]), path + ".orgIds", "unknown org")
        ok(len(p["orgIds"]) == len(set(p["orgIds"])), path + ".orgIds", "duplicates")
        ok(set(p["orgRoles"]) <= set(p["orgIds"]), path + ".orgRoles", "keys must be in orgIds")
        ok(all(isinstance(v, str) and 0 < len(v) <= 200 for v in p["orgRoles"].values()), path + ".orgRoles", "titles")
        ok(p["reportsTo"] is None or p["reportsTo"] in person_ids, path + ".reportsTo", "unknown person")
        ok(p["reportsTo"] != p["id"], path + ".reportsTo", "reports to itself")
        ok(p["decisionRole"] is None or p["decisionRole"] in ROLES, path + ".decisionRole", "enum")
        ok(p["stance"] in STANCES, path + ".stance", "enum")
        ok(isinstance(p["risingStar"], bool) and isinstance(p["onOrgChart"], bool), path, "booleans")
        ok(p["notes"] is None or len(p["notes"]) <= 10000, path + ".notes", "<= 10,000 chars")
        ok(set(p["needs"]) <= FIELDS["needs"], path + ".needs", "unknown field")
        for key in ("professional", "personal"):
            items = p["needs"].get(key, [])
            ok(len(items) <= 50 and all(0 < len(x) <= 500 for x in items), f"{path}.needs.{key}", "<=50 x <=500")
        ok(len(p["tags"]) <= 50 and all(0 < len(x) <= 500 for x in p["tags"]), path + ".tags", "<=50 x <=500")
        ok(len(p["criteria"]) <= 50, path + ".criteria", "<= 50 items")
        for j, cr in enumerate(p["criteria"]):
            ok(set(cr) <= FIELDS["criteria"], f"{path}.criteria[{j}]", "unknown field")
            ok(cr["category"] in CRITERIA, f"{path}.criteria[{j}].category", "enum")
            ok(cr["note"] is None or len(cr["note"]) <= 500, f"{path}.criteria[{j}].note", "<= 500 chars")
        prev = None
        for j, h in enumerate(p["stanceHistory"]):
            ok(set(h) <= FIELDS["stanceHistory"], f"{path}.stanceHistory[{j}]", "unknown field")
            ok(h["stance"] in STANCES, f"{path}.stanceHistory[{j}].stance", "enum")
            at = parse_instant(h["at"])
            ok(at is not None and at.date() < today, f"{path}.stanceHistory[{j}].at", "instant before exportedAt")
            ok(prev is None or (at is not None and at > prev), f"{path}.stanceHistory", "not chronological")
            ok(h["by"] in staff_names, f"{path}.stanceHistory[{j}].by", "should name one of our staff")
            prev = at
        if p["stanceHistory"]:
            ok(p["stanceHistory"][-1]["stance"] != p["stance"], path + ".stanceHistory",
               "history holds previous stances; its last entry should differ from the current stance")
        if p["rank"] == "EXTERNAL":
            ok(not p["onOrgChart"], path + ".onOrgChart", "outsiders are off the org chart")
    ok(not has_cycle({p["id"]: p["reportsTo"] for p in doc["people"]}), "people", "reportsTo cycle")

    # ---- influences ---------------------------------------------------------------------------
    keys = set()
    for i, t in enumerate(doc["influences"]):
        path = f"influences[{i}]({t['from']}->{t['to']} {t['kind']})"
        ok(t["from"] in person_ids and t["to"] in person_ids, path, "unknown person")
        ok(t["from"] != t["to"], path, "self tie")
        ok(t["kind"] in TIE_KINDS, path + ".kind", "enum")
        ok(isinstance(t["strength"], int) and 1 <= t["strength"] <= 3, path + ".strength", "integer 1..3")
        ok(isinstance(t["confidence"], (int, float)) and 0.3 <= t["confidence"] <= 1.0, path + ".confidence",
           "0.3..1.0 (format allows 0..1)")
        ok(t["since"] is None or parse_date(t["since"]) is not None, path + ".since", "date")
        k = (t["from"], t["to"], t["kind"])
        ok(k not in keys, path, "duplicate (from,to,kind)")
        keys.add(k)

    # ---- staff, knows, owns -------------------------------------------------------------------
    emails = [s["email"] for s in doc["staff"] if s.get("email")]
    ok(len(emails) == len(set(emails)) == len(doc["staff"]), "staff.email", "every staff member has a unique email")
    for i, s in enumerate(doc["staff"]):
        ok(s["rank"] in RANKS, f"staff[{i}].rank", "enum")
        ok(0 < len(s["name"]) <= 200, f"staff[{i}].name", "1..200 chars")
    pairs = set()
    for i, k in enumerate(doc["knows"]):
        ok(k["staffId"] in staff_ids and k["personId"] in person_ids, f"knows[{i}]", "unknown staff/person")
        ok(isinstance(k["strength"], int) and 1 <= k["strength"] <= 3, f"knows[{i}].strength", "integer 1..3")
        d = parse_date(k["lastContact"])
        ok(d is not None and d < today, f"knows[{i}].lastContact", "date before exportedAt")
        ok((k["staffId"], k["personId"]) not in pairs, f"knows[{i}]", "duplicate")
        pairs.add((k["staffId"], k["personId"]))
    targets = org_ids | person_ids | {acct["id"]}
    per_target = {}
    for i, o in enumerate(doc["owns"]):
        ok(o["staffId"] in staff_ids, f"owns[{i}].staffId", "unknown staff")
        ok(o["targetId"] in targets, f"owns[{i}].targetId", "unknown target")
        ok(o["priority"] in PRIORITIES, f"owns[{i}].priority", "enum")
        per_target.setdefault(o["targetId"], []).append((o["priority"], o["staffId"]))
    for tid, lst in per_target.items():
        prios = [p for p, _ in lst]
        ok(prios.count("FIRST") <= 1 and prios.count("SECOND") <= 1, f"owns[{tid}]", "one FIRST and one SECOND at most")
        ok(len({s for _, s in lst}) == len(lst), f"owns[{tid}]", "same staff twice")
    ok(any(o["targetId"] == acct["id"] for o in doc["owns"]), "owns", "the account needs an owner")

    # ---- competitors, alignments --------------------------------------------------------------
    seen = set()
    for i, a in enumerate(doc["alignments"]):
        ok(a["personId"] in person_ids and a["competitorId"] in comp_ids, f"alignments[{i}]", "unknown ref")
        ok(isinstance(a["strength"], int) and 1 <= a["strength"] <= 3, f"alignments[{i}].strength", "1..3")
        ok((a["personId"], a["competitorId"]) not in seen, f"alignments[{i}]", "duplicate")
        seen.add((a["personId"], a["competitorId"]))

    # ---- opportunities ------------------------------------------------------------------------
    for i, o in enumerate(doc["opportunities"]):
        ok(o["stage"] in STAGES, f"opportunities[{i}].stage", "enum")
        ok(isinstance(o["value"], (int, float)) and o["value"] >= 0, f"opportunities[{i}].value", ">= 0")
        d = parse_date(o["closeDate"])
        ok(d is not None and d > today, f"opportunities[{i}].closeDate", "date after exportedAt")
        rp = [r["personId"] for r in o["roles"]]
        ok(len(rp) == len(set(rp)), f"opportunities[{i}].roles", "person listed twice")
        for j, r in enumerate(o["roles"]):
            ok(set(r) <= FIELDS["roles"], f"opportunities[{i}].roles[{j}]", "unknown field")
            ok(r["personId"] in person_ids, f"opportunities[{i}].roles[{j}].personId", "unknown person")
            ok(r["decisionRole"] in ROLES, f"opportunities[{i}].roles[{j}].decisionRole", "enum")
            ok(isinstance(r["hidden"], bool), f"opportunities[{i}].roles[{j}].hidden", "boolean")

    # ---- interactions, actions, visits --------------------------------------------------------
    for i, it in enumerate(doc["interactions"]):
        path = f"interactions[{i}]({it['id']})"
        ok(it["kind"] in INTERACTION_KINDS, path + ".kind", "enum")
        d = parse_date(it["date"])
        ok(d is not None and WINDOW_START <= d < today, path + ".date", "within the 12 months before exportedAt")
        ok(it["personIds"] and all(x in person_ids for x in it["personIds"]), path + ".personIds", "refs")
        ok(it["staffIds"] and all(x in staff_ids for x in it["staffIds"]), path + ".staffIds", "refs")
        ok(len(set(it["personIds"])) == len(it["personIds"]), path + ".personIds", "duplicates")
    for i, a in enumerate(doc["actions"]):
        path = f"actions[{i}]({a['id']})"
        ok(a["kind"] in ACTION_KINDS, path + ".kind", "enum")
        ok(a["status"] in ACTION_STATUSES, path + ".status", "enum")
        ok(a["complianceRisk"] in RISKS, path + ".complianceRisk", "enum")
        if a["kind"] in ("GIFT", "FAVOR", "HOSPITALITY"):
            ok(a["complianceRisk"] != "NONE" and bool(a["approvedBy"]), path,
               "GIFT/FAVOR/HOSPITALITY need a risk other than NONE and approvedBy")
        ok(a["personId"] is None or a["personId"] in person_ids, path + ".personId", "unknown person")
        ok(a["ownerStaffId"] is None or a["ownerStaffId"] in staff_ids, path + ".ownerStaffId", "unknown staff")
        d = parse_date(a["due"])
        ok(d is not None, path + ".due", "date")
        if d and a["status"] == "DONE":
            ok(d < today, path + ".due", "DONE actions lie in the past")
        if d and a["status"] in ("PLANNED", "IN_PROGRESS"):
            ok(d > today, path + ".due", "open actions are due after exportedAt")
    for i, v in enumerate(doc["visits"]):
        path = f"visits[{i}]"
        ok(v["status"] in VISIT_STATUSES, path + ".status", "enum")
        ok(v["opportunityId"] is None or v["opportunityId"] in opp_ids, path + ".opportunityId", "unknown opp")
        ok(all(x in staff_ids for x in v["staffIds"]), path + ".staffIds", "refs")
        ok(all(x in person_ids for x in v["targetIds"]), path + ".targetIds", "refs")

    if c.errors:   # the promises below assume a well-formed document
        return c.errors

    # ---- the demo's promises ------------------------------------------------------------------
    people = {p["id"]: p for p in doc["people"]}
    staff = {s["id"]: s for s in doc["staff"]}
    ok(len(doc["people"]) >= 90, "people", f"need >= 90, have {len(doc['people'])}")
    ok(len(doc["influences"]) >= 170, "influences", f"need >= 170, have {len(doc['influences'])}")
    ok({t["kind"] for t in doc["influences"]} == set(TIE_KINDS), "influences", "all nine kinds")
    ok({p["stance"] for p in doc["people"]} == set(STANCES), "people.stance", "all five stances")
    ok({p["rank"] for p in doc["people"]} == set(RANKS), "people.rank", "all seven ranks")
    ok({p["decisionRole"] for p in doc["people"]} - {None} == set(ROLES), "people.decisionRole", "all six roles")
    champions = [p for p in doc["people"] if p["stance"] == "CHAMPION"]
    ok(1 <= len(champions) <= 2, "people.stance", "1-2 champions")
    ok(sum(p["stance"] == "OPPOSED" for p in doc["people"]) >= 3, "people.stance", "several OPPOSED")
    nh = sum(bool(p["stanceHistory"]) for p in doc["people"])
    ok(12 <= nh <= 18, "people.stanceHistory", f"~15 people with history, have {nh}")
    nr = sum(p["risingStar"] for p in doc["people"])
    ok(3 <= nr <= 4, "people.risingStar", f"3-4 rising stars, have {nr}")
    ok(sum(len(p["orgIds"]) >= 2 for p in doc["people"]) >= 10, "people.orgIds", "several dual memberships")
    ok(any(set(p["orgIds"]) >= {"o-procurement", "o-bec"} for p in doc["people"]), "people", "department + BEC")
    ok(8 <= len(doc["staff"]) <= 10, "staff", "8-10 staff")
    ok({"C_LEVEL", "VP"} <= {s["rank"] for s in doc["staff"]}, "staff", "our CEO and regional president")
    ok(len(doc["knows"]) >= 60, "knows", f"need >= 60, have {len(doc['knows'])}")
    ok(len(doc["competitors"]) == 2 and 5 <= len(doc["alignments"]) <= 8, "competitors", "2 competitors, 5-8 aligned")
    ok(len(doc["interactions"]) >= 60, "interactions", f"need >= 60, have {len(doc['interactions'])}")
    ok({i["kind"] for i in doc["interactions"]} == set(INTERACTION_KINDS), "interactions", "all kinds")
    ok(any(a["kind"] == "HOSPITALITY" and a["complianceRisk"] == "LOW" and a["approvedBy"] for a in doc["actions"]),
       "actions", "one approved LOW-risk HOSPITALITY")
    ok({a["status"] for a in doc["actions"]} == set(ACTION_STATUSES), "actions", "all statuses")
    for k in ("WORKSHOP", "SITE_VISIT", "TRAINING", "JOINT_PAPER"):
        ok(any(a["kind"] == k for a in doc["actions"]), "actions", f"needs a {k}")
    ok(len(doc["visits"]) == 1, "visits", "exactly one visit")
    v = doc["visits"][0]
    vd = parse_date(v["date"])
    ok(v["status"] == "PLANNED" and vd and 14 <= (vd - today).days <= 28, "visits[0]", "PLANNED ~3 weeks out")
    ok(sorted(staff[s]["rank"] for s in v["staffIds"]) == ["C_LEVEL", "VP"], "visits[0].staffIds",
       "our CEO + regional president")
    ok(set(v["targetIds"]) == {"p-ceo", "p-cto"} and v["opportunityId"] == OPP_BIG and v["objective"],
       "visits[0]", "targets their CEO and CTO for the big deal, with an objective")

    big = next(o for o in doc["opportunities"] if o["id"] == OPP_BIG)
    ok(big["stage"] == "PROPOSAL", "opportunities", "big deal in PROPOSAL")
    roles = {r["personId"]: r for r in big["roles"]}
    ok(roles.get("p-ceo", {}).get("decisionRole") == "APPROVER", OPP_BIG, "CEO APPROVER")
    ok(roles.get("p-cto", {}).get("decisionRole") == "DECISION_MAKER", OPP_BIG, "CTO DECISION_MAKER")
    ok(roles.get("p-cfo", {}).get("decisionRole") in ("APPROVER", "DECISION_MAKER"), OPP_BIG, "CFO")
    for r in ("EVALUATOR", "INFLUENCER", "GATEKEEPER", "USER"):
        ok(any(x["decisionRole"] == r for x in big["roles"]), OPP_BIG, f"needs a {r}")

    # planted hidden decision-makers
    chain = {pid for o in doc["opportunities"] for pid in (r["personId"] for r in o["roles"])}
    for label, pid in PLANTED_HIDDEN.items():
        p = people[pid]
        ok(p["rank"] in ("EXTERNAL", "STAFF", "MANAGER") and p["decisionRole"] is None, pid, "low formal power")
        ok(p["rank"] != "EXTERNAL" or not p["onOrgChart"], pid, "outsider off the org chart")
        ok(not any(q["reportsTo"] == pid for q in doc["people"]), pid, "nobody reports to a hidden influencer")
        ok(pid not in chain, pid, "not in any decision chain")
        strong = [t for t in doc["influences"] if t["from"] == pid and t["to"] in chain
                  and t["strength"] == 3 and t["confidence"] >= 0.8]
        ok(any(t["kind"] == PLANTED_HIDDEN_KIND[label] for t in strong), pid,
           f"needs a strong {PLANTED_HIDDEN_KIND[label]} tie into the decision chain")
    rel = PLANTED_HIDDEN["relative"]
    ok(any(t["from"] == rel and t["to"] == "p-ceo" and t["kind"] == "FAMILY" for t in doc["influences"]), rel,
       "FAMILY tie to the CEO")
    ok(any(t["from"] == rel and t["to"] == "p-cto" and t["kind"] == "ADVICE" for t in doc["influences"]), rel,
       "also advises the CTO")
    ok(any(t["from"] == PLANTED_HIDDEN["classmate"] and t["to"] == "p-ceo" and t["kind"] == "ALUMNI"
           for t in doc["influences"]), "p-classmate", "ALUMNI tie to the CEO")
    adv = PLANTED_HIDDEN["advisor"]
    for to in ("p-cto", HIDDEN_BEC_CHAIR):
        ok(any(t["from"] == adv and t["to"] == to and t["kind"] == "ADVICE" and t["strength"] == 3
               for t in doc["influences"]), adv, f"strong ADVICE to {to}")
    bc = people[HIDDEN_BEC_CHAIR]
    ok(bc["rank"] == "DIRECTOR" and bc["orgRoles"].get("o-bec") == "Chair", HIDDEN_BEC_CHAIR, "director chairing BEC")
    ok(roles[HIDDEN_BEC_CHAIR] == {"personId": HIDDEN_BEC_CHAIR, "decisionRole": "DECISION_MAKER", "hidden": True},
       HIDDEN_BEC_CHAIR, "hidden DECISION_MAKER in the big deal")
    ok([r["personId"] for o in doc["opportunities"] for r in o["roles"] if r["hidden"]] == [HIDDEN_BEC_CHAIR],
       "opportunities", "only the BEC chair is hidden")
    ok(people[GATEKEEPER_EA]["decisionRole"] == "GATEKEEPER" and roles[GATEKEEPER_EA]["decisionRole"] == "GATEKEEPER",
       GATEKEEPER_EA, "executive assistant GATEKEEPER")

    # blockers and a competitor-aligned gatekeeper near a decision-maker
    aligned = {a["personId"] for a in doc["alignments"]}
    for pid in BLOCKERS:
        ok(people[pid]["stance"] == "OPPOSED" or pid in aligned, pid, "blocker must be opposed or aligned")
        ok(any(t["from"] == pid and t["to"] in chain and t["strength"] >= 2 for t in doc["influences"]), pid,
           "blocker must have influence into the chain")
    ok(any(roles.get(pid, {}).get("decisionRole") == "GATEKEEPER" and pid in aligned for pid in BLOCKERS),
       "blockers", "a competitor-aligned GATEKEEPER")
    ok(any(roles.get(pid, {}).get("decisionRole") == "EVALUATOR" and people[pid]["stance"] == "OPPOSED"
           for pid in BLOCKERS), "blockers", "an OPPOSED evaluator")

    # needs and criteria for every decision-chain member and most VPs
    for scope, pid, role in decision_chains(doc):
        p = people[pid]
        ok(p["needs"]["professional"] and p["needs"]["personal"] and p["criteria"], pid,
           "decision-chain members need professional and personal needs and criteria")
    vps = [p for p in doc["people"] if p["rank"] == "VP"]
    ok(sum(bool(p["needs"]["professional"] and p["criteria"]) for p in vps) >= 0.8 * len(vps), "people", "most VPs")

    # coverage red flags: exactly the planted ones, nothing accidental
    flags, _, _ = coverage_flags(doc)
    for name, expected in RED_FLAGS.items():
        ok(sorted(flags[name]) == sorted(expected), f"red flag {name}",
           f"expected {expected}, found {sorted(flags[name])}")
    for o in doc["opportunities"]:
        found = coaches(doc, o)
        ok(set(INTENDED_COACHES[o["id"]]) <= set(found), f"coaches {o['id']}",
           f"intended {INTENDED_COACHES[o['id']]}, found {found}")
    return c.errors


# --------------------------------------------------------------------------------------------
# Informational analysis (a plain re-statement of DESIGN.md section 3; not the app's implementation)
# --------------------------------------------------------------------------------------------


def decision_influence(doc, opp_id, alpha=0.85, iters=200):
    people = [p["id"] for p in doc["people"]]
    seeds = {}
    weight = {"APPROVER": 3, "DECISION_MAKER": 2, "EVALUATOR": 1}
    for o in doc["opportunities"]:
        if o["id"] == opp_id:
            for r in o["roles"]:
                if r["decisionRole"] in weight:
                    seeds[r["personId"]] = weight[r["decisionRole"]]
    total = sum(seeds.values())
    seed = {p: seeds.get(p, 0) / total for p in people}
    out = {p: {} for p in people}   # listens-to direction: b -> a for a sways b
    for t in doc["influences"]:
        out[t["to"]][t["from"]] = out[t["to"]].get(t["from"], 0) + t["strength"] * t["confidence"]
    for p in doc["people"]:
        if p["reportsTo"]:          # boss sways x: x listens to boss
            out[p["id"]][p["reportsTo"]] = out[p["id"]].get(p["reportsTo"], 0) + 1.0
    score = dict(seed)
    for _ in range(iters):
        nxt = {p: (1 - alpha) * seed[p] for p in people}
        for a in people:
            w = sum(out[a].values())
            if w == 0:
                for p in people:
                    nxt[p] += alpha * score[a] * seed[p]
            else:
                for b, x in out[a].items():
                    nxt[b] += alpha * score[a] * x / w
        score = nxt
    return score


def percentiles(values):
    order = sorted(values, key=values.get)
    n = len(order)
    return {k: i / (n - 1) for i, k in enumerate(order)}


def hidden_ranking(doc, opp_id):
    di = decision_influence(doc, opp_id)
    reports = {}
    for p in doc["people"]:
        if p["reportsTo"]:
            reports[p["reportsTo"]] = reports.get(p["reportsTo"], 0) + 1
    formal = {p["id"]: SENIORITY.get(p["rank"], 0) + math.log1p(reports.get(p["id"], 0)) for p in doc["people"]}
    pd, pf = percentiles(di), percentiles(formal)
    hidden = {p: pd[p] - pf[p] for p in di}
    return sorted(hidden, key=lambda p: -hidden[p]), hidden, di


def summary(doc):
    from collections import Counter
    lines = []
    for s in ["orgs", "people", "influences", "staff", "knows", "owns", "competitors", "alignments",
              "opportunities", "interactions", "actions", "visits"]:
        lines.append(f"  {s:14s} {len(doc[s])}")
    lines.append("  tie kinds:   " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(
        t["kind"] for t in doc["influences"]).items())))
    lines.append("  stances:     " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(
        p["stance"] for p in doc["people"]).items(), key=lambda kv: STANCES.index(kv[0]))))
    lines.append("  ranks:       " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(
        p["rank"] for p in doc["people"]).items(), key=lambda kv: RANKS.index(kv[0]))))
    lines.append("  interaction kinds: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(
        i["kind"] for i in doc["interactions"]).items())))
    lines.append(f"  stanceHistory: {sum(bool(p['stanceHistory']) for p in doc['people'])} people; "
                 f"risingStar: {[p['id'] for p in doc['people'] if p['risingStar']]}")
    order, hidden, di = hidden_ranking(doc, OPP_BIG)
    lines.append(f"  hidden-decision-maker score, {OPP_BIG} (top 10, informational):")
    for pid in order[:10]:
        lines.append(f"    {pid:18s} hidden {hidden[pid]:+.2f}  influence {di[pid]:.4f}")
    for o in doc["opportunities"]:
        lines.append(f"  coaches {o['id']}: {coaches(doc, o)}")
    flags, _, _ = coverage_flags(doc)
    for k, v in flags.items():
        lines.append(f"  red flag {k}: {sorted(v)}")
    return "\n".join(lines), order


def main(argv):
    doc = build()
    errors = validate(doc)
    text, order = summary(doc)
    for pid in PLANTED_HIDDEN.values():
        if pid not in order[:10]:
            errors.append(f"{pid}: planted hidden decision-maker not in the top 10 hidden scores")
    if errors:
        print("DEMO VALIDATION FAILED:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    data = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    if "--check" in argv:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != data:
            print(f"{OUT.relative_to(ROOT)} is out of date: run scripts/make_demo.py", file=sys.stderr)
            sys.exit(1)
        print("demo file valid and up to date")
    else:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(data, encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")
    print(text)


if __name__ == "__main__":
    main(sys.argv[1:])
