package io.cxpulse.jobs.sample;

import static io.cxpulse.jobs.sample.Aspect.*;
import static io.cxpulse.jobs.sample.Tone.*;

/** Plain customer English, as written in surveys and review sites. */
final class EnglishPhrases {

    static final PhraseBook BOOK = new PhraseBook()
            .add(BILLING, POSITIVE,
                    "The bill is clear and there are no surprises",
                    "Got my refund within two days, well done",
                    "Direct debit works smoothly, no complaints")
            .add(BILLING, NEUTRAL,
                    "The bill is fine but the breakdown is hard to follow",
                    "Paid online, it worked but took a while",
                    "Not bad, but the invoice always arrives late")
            .add(BILLING, NEGATIVE,
                    "I'm still being billed for a service I cancelled two months ago",
                    "My bill went up by 40 shekels without any notice",
                    "Charged for equipment I returned ages ago",
                    "Not happy with the billing at all, every month a new surprise")
            .add(DOUBLE_CHARGE, POSITIVE,
                    "There was a double charge but the agent on the phone refunded it in minutes",
                    "Charged twice, called, got the money back right away. Great support")
            .add(DOUBLE_CHARGE, NEUTRAL,
                    "I was charged twice, they say it will be credited on the next bill. We'll see",
                    "Double charge this month, the agent was nice but couldn't say when I get it back")
            .add(DOUBLE_CHARGE, NEGATIVE,
                    "I was charged twice this month!! Who is giving me my money back?",
                    "Double charge on my credit card and over an hour on hold",
                    "Billed twice for the same invoice and nobody can tell me when I'll get a refund",
                    "You charged me twice. Unacceptable",
                    "Called about the double charge and got disconnected twice",
                    "Being charged twice is not a glitch, it's my money")
            .add(SUPPORT, POSITIVE,
                    "The agent was patient and solved everything in one call",
                    "Excellent service, they answered within a minute",
                    "Quick answer on chat, very helpful",
                    "Friendly and professional support, thank you")
            .add(SUPPORT, NEUTRAL,
                    "They fixed it eventually, but only after two calls",
                    "Service is okay, nothing more",
                    "Long wait on the phone but the agent was nice")
            .add(SUPPORT, NEGATIVE,
                    "Waited 40 minutes on hold and then the call dropped",
                    "Every agent tells me something different",
                    "Nobody called me back as promised, terrible service",
                    "Opened a ticket a week ago and still no answer",
                    "I'm not satisfied with the phone support at all")
            .add(NETWORK, POSITIVE,
                    "Fiber is super fast, even in the evening",
                    "Internet is stable, no disconnections at all",
                    "Great coverage at home and on the road")
            .add(NETWORK, NEUTRAL,
                    "Speed is okay, drops sometimes in the evening",
                    "Coverage is decent, nothing special")
            .add(NETWORK, NEGATIVE,
                    "The internet drops every evening, impossible to work",
                    "No reception at home, every call disconnects",
                    "Paying for 1 giga and barely getting 100 mega",
                    "The router disconnects every hour")
            .add(PRICE, POSITIVE,
                    "Fair price for what you get",
                    "Got a nice discount on renewal, thanks")
            .add(PRICE, NEUTRAL,
                    "Price is reasonable, I've seen cheaper elsewhere",
                    "Price went up a bit, still acceptable")
            .add(PRICE, NEGATIVE,
                    "Way too expensive, competitors give more for less",
                    "The promotion ended and the price jumped, not fair")
            .add(TECHNICIAN, POSITIVE,
                    "The technician came on time and installed everything in half an hour",
                    "Professional and polite technician")
            .add(TECHNICIAN, NEUTRAL,
                    "The technician came, but within a five hour window")
            .add(TECHNICIAN, NEGATIVE,
                    "The technician never showed up and nobody updated me",
                    "Installation was rescheduled three times")
            .add(APP, POSITIVE,
                    "The app is convenient, everything in one place",
                    "Great app, paid my bill in two taps")
            .add(APP, NEUTRAL,
                    "The app works but it's a bit slow")
            .add(APP, NEGATIVE,
                    "The app crashes every time I open my account",
                    "Can't log in to the app for a week now")
            .add(STORE, POSITIVE,
                    "Staff at the store were great and helped me pick a phone")
            .add(STORE, NEUTRAL,
                    "Long line at the store, but I got what I needed")
            .add(STORE, NEGATIVE,
                    "The store staff couldn't answer a single question",
                    "Waited an hour at the store and they sent me to the call center");

    private EnglishPhrases() {}
}
