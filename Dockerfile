# Kiosque: builds the JVM jar and runs it as a non-root user.
#   docker build -t kiosque .                                  # embedded H2, data in the /deployments/data volume
#   docker build --build-arg PROFILE=pg -t kiosque:pg .         # PostgreSQL build (the database kind is fixed at build time)
#   docker run -p 8080:8080 -v kiosque-data:/deployments/data kiosque
#   docker run -p 8080:8080 -e QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://db:5432/kiosque \
#     -e QUARKUS_DATASOURCE_USERNAME=kiosque -e QUARKUS_DATASOURCE_PASSWORD=secret -e KIOSQUE_ADMIN_TOKEN=... kiosque:pg

FROM eclipse-temurin:17-jdk AS build
ARG PROFILE=prod
WORKDIR /build
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:resolve-plugins dependency:resolve || true
COPY src/ src/
COPY openapi/ openapi/
RUN ./mvnw -B package -DskipTests -Dquarkus.profile=${PROFILE}

FROM eclipse-temurin:17-jre
ARG PROFILE=prod
ENV QUARKUS_PROFILE=${PROFILE} \
    KIOSQUE_IMPORT_DIR=/deployments/samples \
    KIOSQUE_DATA_DIR=/deployments/data \
    JAVA_OPTS="-XX:+UseSerialGC -Xmx128m -Xss512k -XX:ReservedCodeCacheSize=64m -XX:+ExitOnOutOfMemoryError"
RUN groupadd --system kiosque && useradd --system --gid kiosque --home-dir /deployments kiosque \
    && mkdir -p /deployments/data && chown -R kiosque:kiosque /deployments
WORKDIR /deployments
COPY --from=build --chown=kiosque:kiosque /build/target/quarkus-app/ /deployments/app/
COPY --chown=kiosque:kiosque src/main/samples/ /deployments/samples/
USER kiosque
VOLUME /deployments/data
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s CMD ["sh", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080"]
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /deployments/app/quarkus-run.jar"]
