package com.caio.engine.engagement.model;

import java.util.List;
import java.util.Optional;

/**
 * The nine user stories of the practice and their 36 acceptance criteria, quoted word for
 * word from the product's user stories. The acceptance rules carry the same words as
 * their names; a test holds the two together.
 */
public final class Stories {

	public static final List<Story> ALL = List.of(Story.of("CMO-DISCOVERY", "Chief Marketing Officer (Enterprise CPG)",
			"Discovery", "Business case for board approval",
			"As a CMO, I want a clear, quantified business case for AI investment, so that I can secure board approval for a programme with an expected marketing-attributed ROI (revenue uplift or cost reduction) within 12 months.",
			"A one-page executive summary and 10–12 slide business case are delivered, including baseline metrics and three scenario projections (conservative, expected, aggressive) with quantified KPIs and timelines.",
			"Financial projection shows expected payback within 12 months or clearly explains why a longer horizon is required; assumptions are traceable to data sources.",
			"At least three executive stakeholders (e.g., CFO, CEO, Head of Sales) have reviewed and signed off the business case.",
			"The board-approved budget and next-step decision (pilot or programme) are documented."),
			Story.of("CMO-PILOT", "Chief Marketing Officer (Enterprise CPG)", "Evaluation",
					"Measurable marketing pilot",
					"As a CMO, I want a short, measurable pilot designed around a single high-value marketing use-case, so that I can validate impact before committing to scale and demonstrate a minimum 5–10% uplift in the target KPI within the pilot timeframe.",
					"A pilot hypothesis and success criteria are documented with a target KPI (e.g., +5–10% conversion or -10% cost-per-acquisition), sample size, and timeframe.",
					"Data readiness assessment completed and any required data access or integrations confirmed in writing.",
					"Pilot run is executed and a post-pilot report delivered showing actual KPI delta, statistical confidence, learned risks, and a recommendation to scale or stop.",
					"Steering committee decision recorded within two weeks of pilot close."),
			Story.of("CMO-GOVERNANCE", "Chief Marketing Officer (Enterprise CPG)", "Success / Ongoing",
					"Coaching and governance",
					"As a CMO, I want ongoing executive coaching and governance support, so that marketing AI initiatives sustain performance improvements and avoid drift or compliance lapses, improving YOY marketing ROI by a measurable amount.",
					"Quarterly governance pack and review meeting are established, including KPI trends, risk register, and roadmap updates.",
					"A documented AI governance framework (roles, escalation paths, data/privacy checks) is implemented and adopted by relevant teams.",
					"At least one KPI (e.g., marketing-attributed revenue or CPA) shows measurable improvement compared to baseline at the 6- and 12-month reviews.",
					"No major compliance or model-failure incidents are recorded during the review period."),
			Story.of("CDO-ASSESSMENT", "Chief Data Officer (Enterprise)", "Evaluation",
					"AI maturity and risk assessment",
					"As a CDO, I want an independent AI maturity and risk assessment, so that I can prioritise remediation and reduce model failure and operational risk by a measurable amount within six months.",
					"A maturity assessment report is delivered covering governance, data readiness, model lifecycle, tooling, and skills, with a scored maturity level.",
					"A risk heatmap identifies top 5 risks with Likelihood x Impact ratings and remediation prioritised by expected risk reduction.",
					"A remediation roadmap with owners, timelines and measurable success criteria (e.g., test coverage %, model monitoring in place) is agreed.",
					"CDO and two senior stakeholders approve the assessment and roadmap."),
			Story.of("CDO-PURCHASE", "Chief Data Officer (Enterprise)", "Purchase",
					"Engagement model and cost comparison",
					"As a CDO, I want a clear engagement model and transparent cost/benefit comparison versus hiring a full-time CAIO, so that I can justify selecting the fractional CAIO and demonstrate at least a 50% cost saving and faster time-to-value to finance.",
					"A written engagement proposal shows scope, hours, SLAs, deliverables and an annualised cost compare (fractional vs full-time hire) using agreed assumptions.",
					"A quantified cost-benefit summary projects time-to-value (e.g., first measurable KPI improvement) and estimated cost savings (>=50%) and avoided waste (e.g., reduction in likely failed projects).",
					"Finance and procurement confirm procurement route and approve the proposal for signature.",
					"Contractual start date and first 90-day milestones are agreed."),
			Story.of("CDO-ONBOARDING", "Chief Data Officer (Enterprise)", "Onboarding", "90-day onboarding plan",
					"As a CDO, I want a tailored 90-day onboarding plan with clear outcomes, so that the fractional CAIO is delivering strategic recommendations and priority actions within three months.",
					"A 90-day plan with weekly milestones, key stakeholders to be engaged, and three primary deliverables (e.g., priority roadmap, governance starter kit, pilot specification) is created and agreed.",
					"All key stakeholder introductions and access to required data/environment are completed within the first two weeks.",
					"The fractional CAIO delivers the three primary deliverables by day 90 and they are accepted by the CDO and two exec stakeholders.",
					"A steering committee and regular cadence for progress updates are established."),
			Story.of("HOI-DISCOVERY", "Head of Innovation (Scale-up)", "Discovery", "AI opportunity pipeline",
					"As Head of Innovation, I want help identifying and prioritising high-impact AI opportunities, so that I can present a focused pipeline likely to increase product engagement by a measurable amount (e.g., +15%) within six months of implementation.",
					"A half-day opportunity workshop is run with key product and analytics stakeholders and produces a prioritised backlog of 6–8 use-cases with expected KPIs, effort estimates and risk notes.",
					"Top 1–2 opportunities have a defined MVP scope, target metric uplift (e.g., +10–20% engagement), and a go/no-go recommendation.",
					"Stakeholder alignment confirmed via sign-off from product, engineering and commercial leads.",
					"A proposed resource plan and estimated timeline to MVP is documented."),
			Story.of("HOI-PURCHASE", "Head of Innovation (Scale-up)", "Purchase", "Faster time to market",
					"As Head of Innovation, I want assurance that the fractional CAIO will accelerate time-to-market vs internal-only efforts, so that at least one AI-driven feature ships within three months and proves product-market fit faster.",
					"A project plan compares internal-only delivery timelines to the fractional CAIO-assisted timeline, showing a reduced time-to-MVP (target <=3 months).",
					"Resourcing commitments (internal and fractional) and responsibilities are agreed and documented.",
					"An agreed pilot start date and acceptance criteria for MVP are scheduled and signed off.",
					"The fractional CAIO commits to a measurable coaching/mentoring plan to upskill core internal personnel during the project."),
			Story.of("HOI-UPSKILLING", "Head of Innovation (Scale-up)", "Success / Capability Building",
					"Upskilling programme",
					"As Head of Innovation, I want a targeted upskilling programme for my product and engineering teams, so that they can independently iterate on AI features and reduce external dependency by a measurable share (e.g., reduce external support hours by 50%) within 12 months.",
					"A baseline skills assessment is completed and a 6–12 month training curriculum is agreed with measurable learning outcomes.",
					"At least three training modules (e.g., AI strategy for PMs, model life-cycle basics for engineers, responsible AI for all teams) are delivered and assessed.",
					"Measurable indicator of capability shift is tracked (e.g., proportion of tasks executed in-house vs externally) and shows target reduction (50%) at 12 months.",
					"Post-training, product teams can independently run at least one iteration cycle on an AI feature with coaching reduced to advisory mode."));

	private Stories() {
	}

	public static Optional<Story> find(String id) {
		return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
	}

	public static List<String> ids() {
		return ALL.stream().map(Story::id).toList();
	}

	public static List<Criterion> criteria() {
		return ALL.stream().flatMap(s -> s.criteria().stream()).toList();
	}

}
