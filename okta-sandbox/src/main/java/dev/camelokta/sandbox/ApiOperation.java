package dev.camelokta.sandbox;

/** One endpoint of the API: turns a request that passed the rate limits and the token check into an answer. */
@FunctionalInterface
interface ApiOperation {

    /** @throws OktaApiException to answer with an Okta error */
    ApiResponse handle(ApiRequest request);
}
