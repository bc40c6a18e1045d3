package io.powermap.privacy;

import io.powermap.auth.Actor;
import io.powermap.domain.Check;
import io.powermap.web.ApiException;

import java.util.Map;

public final class PrivacyService {

    /** The erase body: the person's exact name, so a stray call cannot erase anyone. */
    public record EraseInput(String confirm) {}

    private final PrivacyRepository repository;

    public PrivacyService(PrivacyRepository repository) {
        this.repository = repository;
    }

    public Map<String, Object> personalData(String accountId, String personId) {
        return repository.personalData(accountId, personId).orElseThrow(() -> ApiException.notFound("person", personId));
    }

    public PrivacyRepository.Erased erase(String accountId, String personId, EraseInput in, Actor actor) {
        new Check().name("confirm", in.confirm()).orThrow();
        return repository.erase(accountId, personId, in.confirm(), actor);
    }
}
