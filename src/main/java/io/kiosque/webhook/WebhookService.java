package io.kiosque.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosque.change.ChangeEvent;
import io.kiosque.change.ChangeLog;
import io.kiosque.change.ChangeView;
import io.kiosque.web.ProblemException;
import io.kiosque.web.ProblemType;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Webhook endpoints, their queues of deliveries and the outcome of attempts; each step is one short transaction. */
@ApplicationScoped
@Transactional
public class WebhookService {

    static final String TEST_TYPE = "webhook.test";
    static final Duration ROTATION_OVERLAP = Duration.ofHours(24);
    static final Duration DISABLE_AFTER = Duration.ofHours(24);
    private static final int FAN_OUT_BATCH = 500;

    private final ChangeLog log;
    private final WebhookTargets targets;
    private final ObjectMapper json;
    private final List<Duration> retrySchedule;

    WebhookService(
            ChangeLog log,
            WebhookTargets targets,
            ObjectMapper json,
            @ConfigProperty(name = "kiosque.webhooks.retry-schedule", defaultValue = "5s,30s,2m,10m,30m,1h,2h,4h,8h,8h")
                    List<Duration> retrySchedule) {
        this.log = log;
        this.targets = targets;
        this.json = json;
        this.retrySchedule = retrySchedule;
    }

    /** A new endpoint and its secret; it receives the changes committed from now on. */
    public WebhookView register(WebhookInput input) {
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.url = checkedUrl(input.url());
        endpoint.events = String.join(",", new TreeSet<>(input.events()));
        endpoint.description = input.description();
        endpoint.enabled = true;
        endpoint.secret = WebhookSignature.newSecret();
        endpoint.lastPosition = log.lastPosition();
        endpoint.createdAt = now();
        endpoint.updatedAt = endpoint.createdAt;
        endpoint.persist();
        return WebhookView.of(endpoint, endpoint.secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookView> list() {
        return WebhookEndpoint.<WebhookEndpoint>listAll(Sort.by("id")).stream()
                .map(e -> WebhookView.of(e, null))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookView get(long id) {
        return WebhookView.of(require(id), null);
    }

    public WebhookView update(long id, WebhookPatch patch) {
        WebhookEndpoint endpoint = require(id);
        if (patch.url() != null) {
            endpoint.url = checkedUrl(patch.url());
        }
        if (patch.events() != null) {
            endpoint.events = String.join(",", new TreeSet<>(patch.events()));
        }
        if (patch.description() != null) {
            endpoint.description = patch.description();
        }
        if (patch.enabled() != null) {
            if (patch.enabled() && !endpoint.enabled) {
                endpoint.disabledReason = null;
                endpoint.failingSince = null;
            }
            endpoint.enabled = patch.enabled();
        }
        endpoint.updatedAt = now();
        return WebhookView.of(endpoint, null);
    }

    public void delete(long id) {
        require(id).delete();
    }

    /** A new secret, shown once; the previous one signs too for 24 h, so that receivers can switch without losing a message. */
    public WebhookView rotate(long id) {
        WebhookEndpoint endpoint = require(id);
        endpoint.previousSecret = endpoint.secret;
        endpoint.previousSecretUntil = now().plus(ROTATION_OVERLAP);
        endpoint.secret = WebhookSignature.newSecret();
        endpoint.updatedAt = now();
        return WebhookView.of(endpoint, endpoint.secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DeliveryView> deliveries(long id, int limit) {
        require(id);
        return WebhookDelivery.<WebhookDelivery>find("endpointId = ?1 order by id desc", id)
                .page(0, limit)
                .list()
                .stream()
                .map(DeliveryView::of)
                .toList();
    }

    /** Tries this delivery again now (a failed one goes back into the queue, in its place). */
    public DeliveryView retry(long id, long deliveryId) {
        require(id);
        WebhookDelivery delivery = WebhookDelivery.<WebhookDelivery>find("id = ?1 and endpointId = ?2", deliveryId, id)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("delivery of webhook " + id, deliveryId));
        delivery.status = WebhookDelivery.PENDING;
        delivery.nextAttemptAt = now();
        return DeliveryView.of(delivery);
    }

    /** Queues a {@code webhook.test} message to the endpoint. */
    public DeliveryView ping(long id) {
        WebhookEndpoint endpoint = require(id);
        Instant now = now();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("webhookId", endpoint.id);
        return DeliveryView.of(enqueue(endpoint.id, TEST_TYPE, now, data, now));
    }

    // --- the dispatcher's steps ------------------------------------------------------------------------------------

    /** Endpoints with something to do now (changes not yet queued, or a delivery due) that no instance holds. */
    public List<Long> endpointsWithWork(Instant now) {
        long head = log.lastPosition();
        return WebhookEndpoint.<WebhookEndpoint>find(
                        "from WebhookEndpoint e where e.enabled = true and (e.leaseUntil is null or e.leaseUntil < ?1) "
                                + "and (e.lastPosition < ?2 or exists (select 1 from WebhookDelivery d where d.endpointId = e.id and d.status = ?3 "
                                + "and d.nextAttemptAt <= ?1))",
                        now,
                        head,
                        WebhookDelivery.PENDING)
                .list()
                .stream()
                .map(e -> e.id)
                .toList();
    }

    /** Takes or renews the endpoint's lease for this owner; false when another instance holds it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean lease(long id, String owner, Duration length) {
        Instant now = now();
        return WebhookEndpoint.update(
                        "leaseOwner = ?1, leaseUntil = ?2 where id = ?3 and (leaseOwner = ?1 or leaseUntil is null or leaseUntil < ?4)",
                        owner,
                        now.plus(length),
                        id,
                        now)
                == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(long id, String owner) {
        WebhookEndpoint.update("leaseOwner = null, leaseUntil = null where id = ?1 and leaseOwner = ?2", id, owner);
    }

    /** Turns the changes committed since the endpoint's position into its deliveries, in order; returns how many were read. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int fanOut(long id) {
        WebhookEndpoint endpoint = WebhookEndpoint.findById(id);
        if (endpoint == null || !endpoint.enabled) {
            return 0;
        }
        List<ChangeEvent> events = log.following(endpoint.lastPosition, FAN_OUT_BATCH);
        Set<String> wanted = Set.copyOf(endpoint.eventList());
        long purges = log.purges();
        for (ChangeEvent event : events) {
            if (wanted.contains(event.type)) {
                enqueue(id, event.type, event.occurredAt, ChangeView.of(event, purges, json), now());
            }
            endpoint.lastPosition = event.position;
        }
        return events.size();
    }

    /** What to send next to this endpoint: its oldest pending delivery, if due; deliveries to one endpoint go in order. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Attempt> next(long id) {
        WebhookEndpoint endpoint = WebhookEndpoint.findById(id);
        if (endpoint == null || !endpoint.enabled) {
            return Optional.empty();
        }
        Instant now = now();
        return WebhookDelivery.<WebhookDelivery>find(
                        "endpointId = ?1 and status = ?2 order by id", id, WebhookDelivery.PENDING)
                .firstResultOptional()
                .filter(d -> !d.nextAttemptAt.isAfter(now))
                .map(d -> new Attempt(d.id, endpoint.url, endpoint.signingSecrets(now), d.messageId, d.body));
    }

    /** Records an attempt; a failure schedules the next one (or gives up when the schedule is spent). Returns whether it succeeded. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean record(Attempt attempt, WebhookSender.Outcome outcome) {
        WebhookDelivery delivery = WebhookDelivery.findById(attempt.deliveryId());
        if (delivery == null) {
            return true; // its endpoint was deleted meanwhile
        }
        WebhookEndpoint endpoint = WebhookEndpoint.findById(delivery.endpointId);
        Instant now = now();
        delivery.attempts++;
        delivery.lastAttemptAt = now;
        delivery.lastStatusCode = outcome.statusCode();
        delivery.lastDurationMs = (int) outcome.duration().toMillis();
        delivery.lastError = outcome.error() == null || outcome.error().length() <= 500
                ? outcome.error()
                : outcome.error().substring(0, 500);
        if (outcome.succeeded()) {
            delivery.status = WebhookDelivery.SUCCEEDED;
            delivery.nextAttemptAt = null;
            endpoint.failingSince = null;
            return true;
        }
        if (delivery.attempts > retrySchedule.size()) {
            delivery.status = WebhookDelivery.FAILED;
            delivery.nextAttemptAt = null;
        } else {
            delivery.nextAttemptAt = now.plus(withJitter(retrySchedule.get(delivery.attempts - 1)));
        }
        if (endpoint.failingSince == null) {
            endpoint.failingSince = now;
        } else if (!now.isBefore(endpoint.failingSince.plus(DISABLE_AFTER))) {
            endpoint.enabled = false;
            endpoint.disabledReason = "disabled at " + now + ": every delivery failed since " + endpoint.failingSince
                    + "; fix the receiver and PATCH enabled=true to resume where it stopped";
        }
        return false;
    }

    /** One send: where, signed with what, and the exact message. */
    public record Attempt(long deliveryId, String url, List<String> secrets, String messageId, String body) {}

    /** The schedule's delay, give or take a fifth, so that endpoints failing together do not retry together. */
    private static Duration withJitter(Duration delay) {
        double factor = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis((long) (delay.toMillis() * factor));
    }

    private WebhookDelivery enqueue(long endpointId, String type, Instant occurredAt, Object data, Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("timestamp", occurredAt);
        body.put("data", data);
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.endpointId = endpointId;
        delivery.messageId = "msg_" + UUID.randomUUID().toString().replace("-", "");
        delivery.type = type;
        try {
            delivery.body = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        delivery.status = WebhookDelivery.PENDING;
        delivery.nextAttemptAt = now;
        delivery.createdAt = now;
        delivery.persist();
        return delivery;
    }

    private String checkedUrl(String url) {
        String trimmed = url.strip();
        targets.refusal(trimmed).ifPresent(reason -> {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "url: " + reason);
        });
        return trimmed;
    }

    private static WebhookEndpoint require(long id) {
        return WebhookEndpoint.<WebhookEndpoint>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("webhook", id));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
