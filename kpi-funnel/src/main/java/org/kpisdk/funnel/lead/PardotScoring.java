package org.kpisdk.funnel.lead;

import java.util.List;

/**
 * The default scoring points of Salesforce Account Engagement (formerly Pardot) as a preset, with the event type
 * names it uses (DOMAIN.md Part D.5; Pardot KB "Prospect Scoring Overview").
 *
 * <pre>{@code
 * LeadScore s = PardotScoring.model().score(List.of(
 *         LeadEvent.of(PardotScoring.PAGE_VIEW, t1),
 *         LeadEvent.of(PardotScoring.FORM_SUBMISSION, t2)), now);   // 1 + 50 = 51
 * }</pre>
 *
 * <p>Points: form submission, landing page success and form handler submission +50; their errors −5; custom redirect
 * click, file access, site search and visitor session +3; page view +1; email open 0, scored only for the first open
 * of each email ({@value #EMAIL_ID} property; cumulative email scoring is off for accounts provisioned on or after
 * 11 April 2014); Eventbrite registration and check-in 0. Practitioners add decay and late-stage points: build on
 * {@link #rules()} with {@link ScoringModel#of}.
 *
 * <p>A static utility: stateless and thread-safe.
 */
public final class PardotScoring {
    /** A form submission (+50). */
    public static final String FORM_SUBMISSION = "form_submission";
    /** A landing page success (+50). */
    public static final String LANDING_PAGE_SUCCESS = "landing_page_success";
    /** A form handler submission (+50). */
    public static final String FORM_HANDLER_SUBMISSION = "form_handler_submission";
    /** A form error (−5). */
    public static final String FORM_ERROR = "form_error";
    /** A landing page error (−5). */
    public static final String LANDING_PAGE_ERROR = "landing_page_error";
    /** A form handler error (−5). */
    public static final String FORM_HANDLER_ERROR = "form_handler_error";
    /** A custom redirect (tracker) click (+3). */
    public static final String CUSTOM_REDIRECT_CLICK = "custom_redirect_click";
    /** A file access (+3). */
    public static final String FILE_ACCESS = "file_access";
    /** A site search query (+3). */
    public static final String SITE_SEARCH = "site_search";
    /** A visitor session (+3). */
    public static final String VISITOR_SESSION = "visitor_session";
    /** A page view (+1). */
    public static final String PAGE_VIEW = "page_view";
    /** An email open (0, first open per email). */
    public static final String EMAIL_OPEN = "email_open";
    /** An Eventbrite registration (0). */
    public static final String EVENTBRITE_REGISTERED = "eventbrite_registered";
    /** An Eventbrite check-in (0). */
    public static final String EVENTBRITE_CHECKED_IN = "eventbrite_checked_in";
    /** The property that identifies the email of an {@link #EMAIL_OPEN}. */
    public static final String EMAIL_ID = "email_id";

    private static final List<ScoringRule> RULES = List.of(
            ScoringRule.of(FORM_SUBMISSION, 50),
            ScoringRule.of(LANDING_PAGE_SUCCESS, 50),
            ScoringRule.of(FORM_HANDLER_SUBMISSION, 50),
            ScoringRule.of(FORM_ERROR, -5),
            ScoringRule.of(LANDING_PAGE_ERROR, -5),
            ScoringRule.of(FORM_HANDLER_ERROR, -5),
            ScoringRule.of(CUSTOM_REDIRECT_CLICK, 3),
            ScoringRule.of(FILE_ACCESS, 3),
            ScoringRule.of(SITE_SEARCH, 3),
            ScoringRule.of(VISITOR_SESSION, 3),
            ScoringRule.of(PAGE_VIEW, 1),
            ScoringRule.of(EMAIL_OPEN, 0).oncePer(EMAIL_ID),
            ScoringRule.of(EVENTBRITE_REGISTERED, 0),
            ScoringRule.of(EVENTBRITE_CHECKED_IN, 0));

    private PardotScoring() {
    }

    /** Returns the default rules. */
    public static List<ScoringRule> rules() {
        return RULES;
    }

    /** Returns a model of the default rules, without decay. */
    public static ScoringModel model() {
        return ScoringModel.of(RULES);
    }
}
